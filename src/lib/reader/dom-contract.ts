// The reader's DOM contract: what the rows that render-html.ts writes at build time look like,
// for that renderer and for every script that finds them again in the page. Change a class or an
// id here and both sides follow; nothing else spells them out.

/** The two sides of an aligned row. */
export type Side = 'fr' | 'en';

/** Class of an aligned row (a sentence pair, the title or a chapter heading). */
export const SEGMENT_CLASS = 'segment';
/** Class of one side of a row; the side's language is its second class. */
export const SIDE_CLASS = 'seg';
/** Class of the row's "#" link to itself. */
export const SEGMENT_LINK_CLASS = 'segment-link';
/** Class of the row's read-aloud button. */
export const SPEAK_BUTTON_CLASS = 'speak-button';

/** Every aligned row of the page (rows are the only elements with an `s-` id and this class). */
export const SEGMENT_SELECTOR = `.${SEGMENT_CLASS}[id^="s-"]`;
export const SEGMENT_LINK_SELECTOR = `a.${SEGMENT_LINK_CLASS}`;
export const SPEAK_BUTTON_SELECTOR = `.${SPEAK_BUTTON_CLASS}`;

/** The attribute that marks where a reader page's markup goes (see ReaderMarkupSlot.svelte). */
export const SLOT_ATTRIBUTE = 'data-markup-slot';
/** Id of the reader page's one element that says why read-aloud is unavailable. */
export const SPEECH_NOTE_ID = 'speech-note';

/** The element id (and `#` anchor) of a segment: `1.2` → `s-1.2`. */
export function segmentAnchor(id: string): string {
  return `s-${id}`;
}

/** The fragment of a link to a segment: `1.2` → `#s-1.2`. */
export function segmentHash(id: string): string {
  return `#${segmentAnchor(id)}`;
}

/** The segment id of an anchor written by `segmentAnchor`, or undefined for any other id. */
export function segmentIdOfAnchor(anchor: string): string | undefined {
  return anchor.startsWith('s-') ? anchor.slice(2) : undefined;
}

/** Selector for one side of a row, relative to the row. */
export function sideSelector(side: Side): string {
  return `.${SIDE_CLASS}.${side}`;
}

/** The row an element stands in, if it stands in one. */
export function rowOf(element: Element | null | undefined): HTMLElement | null {
  return element?.closest<HTMLElement>(SEGMENT_SELECTOR) ?? null;
}

/** The segment id of a row. */
export function segmentIdOf(row: Element): string | undefined {
  return segmentIdOfAnchor(row.id);
}

/** Which side of its row an element stands in (undefined outside the two sides). */
export function sideOf(element: Element): Side | undefined {
  const side = element.closest(`.${SIDE_CLASS}`);
  if (!side) return undefined;
  return side.classList.contains('en') ? 'en' : 'fr';
}

/** One side's text of a row, as a reader sees it (markup removed). */
export function sideText(row: Element, side: Side): string {
  return row.querySelector(sideSelector(side))?.textContent ?? '';
}

/** The row of a segment in the page, if the page shows it. */
export function segmentElement(id: string): HTMLElement | null {
  return document.getElementById(segmentAnchor(id));
}
