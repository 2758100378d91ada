import { SEGMENT_SELECTOR, segmentIdOf, sideSelector } from '$lib/reader/dom-contract.ts';

/**
 * Hide-and-reveal on the chapter's static markup: a hidden English half is invisible, hidden from
 * screen readers and covered by a button that reveals it. Touches the rows only while the mode is
 * on, or once to undo it.
 */
export function applyReveal(
  root: HTMLElement,
  isHidden: (id: string) => boolean,
  buttonLabel: string
) {
  for (const row of root.querySelectorAll<HTMLElement>(SEGMENT_SELECTOR)) {
    const id = segmentIdOf(row)!;
    const hidden = isHidden(id);
    row.classList.toggle('is-hidden', hidden);
    const english = row.querySelector(`:scope > ${sideSelector('en')}`);
    if (hidden) english?.setAttribute('aria-hidden', 'true');
    else english?.removeAttribute('aria-hidden');
    let button = row.querySelector<HTMLButtonElement>(':scope > .reveal-button');
    if (hidden && !button) {
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'reveal-button';
      button.dataset.reveal = id;
      const which = document.createElement('span');
      which.className = 'visually-hidden';
      which.textContent = ` (${id})`;
      button.append(buttonLabel, which);
      english?.after(button);
    } else if (!hidden && button) {
      button.remove();
    }
  }
}
