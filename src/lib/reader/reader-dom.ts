// DOM helpers shared by the card and the reader, over the rows that dom-contract.ts describes.
import {
  SEGMENT_SELECTOR,
  rowOf,
  segmentElement,
  segmentIdOf,
  sideOf,
  sideSelector
} from './dom-contract.ts';

/** Which segment a mention sits in, and which of that entity's mentions in the French side it is. */
export function readerPlace(
  mention: Element,
  entity: string
): { segment: string; n: number } | undefined {
  const row = rowOf(mention);
  const segment = row ? segmentIdOf(row) : undefined;
  if (!row || segment === undefined) return undefined;
  const side = sideOf(mention) ?? 'fr';
  const same = [
    ...row.querySelectorAll(`${sideSelector(side)} a[data-entity="${CSS.escape(entity)}"]`)
  ];
  return { segment, n: Math.max(0, same.indexOf(mention)) };
}

let marked: Element[] = [];

/** Scrolls a segment into view and marks it and the n-th French mention of an entity in it. */
export function markMention(segment: string, entity: string, n: number) {
  for (const element of marked) element.classList.remove('is-marked');
  marked = [];
  const row = segmentElement(segment);
  if (!row) return;
  const mention = row.querySelectorAll(
    `${sideSelector('fr')} a[data-entity="${CSS.escape(entity)}"]`
  )[n];
  marked = mention ? [row, mention] : [row];
  for (const element of marked) element.classList.add('is-marked');
  row.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

function prefersReducedMotion() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

let current: HTMLElement | undefined;

/**
 * Moves to the next (1) or previous (-1) segment of the page: focuses it, so a screen reader
 * reads it, and scrolls it into view. Starts from the segment at the top of the viewport.
 */
export function stepSegment(direction: 1 | -1): boolean {
  const rows = [...document.querySelectorAll<HTMLElement>(SEGMENT_SELECTOR)];
  if (rows.length === 0) return false;
  let index = current && current.isConnected ? rows.indexOf(current) : -1;
  if (index === -1) {
    const top = rows.findIndex((row) => row.getBoundingClientRect().bottom > 80);
    index = direction === 1 ? top - 1 : top + 1;
  }
  const next = rows[Math.min(rows.length - 1, Math.max(0, index + direction))]!;
  current?.classList.remove('is-current');
  current = next;
  next.classList.add('is-current');
  next.tabIndex = -1;
  next.focus({ preventScroll: true });
  next.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  return true;
}
