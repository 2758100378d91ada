import { CARD_LINKS } from '$lib/card/card-links.ts';
import { SEGMENT_LINK_SELECTOR, rowOf, sideOf, sideSelector } from '$lib/reader/dom-contract.ts';

/**
 * Delegated handlers for the reader article: one listener each for the whole chapter, however
 * long it is, instead of one per mention or segment.
 */

let lit: Element[] = [];

/** Hovering or focusing a mention lights up the same entity's mentions in the other language. */
export function highlightCounterparts(event: Event) {
  for (const element of lit) element.classList.remove('is-counterpart');
  lit = [];
  if (event.type === 'pointerout' || event.type === 'focusout') return;
  const mention = (event.target as Element | null)?.closest?.<HTMLElement>(CARD_LINKS);
  const row = rowOf(mention);
  if (!mention || !row) return;
  const otherSide = sideOf(mention) === 'fr' ? 'en' : 'fr';
  const selector = mention.dataset.entity
    ? `a[data-entity="${CSS.escape(mention.dataset.entity)}"]`
    : `[data-term="${CSS.escape(mention.dataset.term!)}"]`;
  lit = [...row.querySelectorAll(`${sideSelector(otherSide)} ${selector}`)];
  for (const element of lit) element.classList.add('is-counterpart');
}

/**
 * A click on a segment's link copies the segment's address. Returns the message key to announce,
 * or undefined when the click was not on a segment link.
 */
export async function copySegmentLink(event: MouseEvent): Promise<string | undefined> {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
    SEGMENT_LINK_SELECTOR
  );
  if (!link) return undefined;
  // The link itself still goes to the segment (the address shows it, :target marks it).
  const url = new URL(link.href);
  url.searchParams.delete('entity');
  url.searchParams.delete('mention');
  try {
    await navigator.clipboard.writeText(url.href);
    return 'common:segment.copied';
  } catch {
    return 'common:segment.copyFailed';
  }
}

/** The segment at the top of the viewport (below the header), if any. */
export function topSegment(): HTMLElement | null {
  const x = Math.min(innerWidth / 3, 240);
  for (const y of [90, 140, 200]) {
    const row = rowOf(document.elementFromPoint(x, y));
    if (row) return row;
  }
  return null;
}
