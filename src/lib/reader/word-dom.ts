// The word card's DOM part, loaded with the first French word clicked or looked up: which word of
// a segment's French side is under the pointer, at the caret or selected. The word is found in the
// text itself (caret from point, then the tokenizer on the side's text), so the static markup
// needs no element per word.
import { CARD_LINKS, openCard, type CardTarget } from '$lib/card/card-links.ts';
import { wordAt, wordIn, type WordPick } from '$lib/card/word-card.ts';
import { rowOf, sideOf, sideSelector } from './dom-contract.ts';

export interface WordHit {
  pick: WordPick;
  row: HTMLElement;
  /** A mention or marked term the word stands in: its card wins over the dictionary's. */
  link?: HTMLElement;
}

/** The French side a node stands in, if it does. */
function frenchSide(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : node?.parentElement;
  if (!element || sideOf(element) !== 'fr') return null;
  return element.closest<HTMLElement>(sideSelector('fr'));
}

/** A DOM position as an offset into the side's text (its textContent). */
function textOffset(side: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(side, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The DOM range of a side's text between two offsets. */
function rangeOf(side: Node, start: number, end: number): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(side, NodeFilter.SHOW_TEXT);
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).length;
    if (!started && at + length > start) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && at + length >= end) {
      range.setEnd(node, end - at);
      break;
    }
    at += length;
  }
  return range;
}

function hitOf(side: HTMLElement, pick: WordPick | undefined, point?: [number, number]) {
  const row = rowOf(side);
  if (!pick || !row) return undefined;
  const range = rangeOf(side, pick.start, pick.end);
  if (point) {
    // The caret nearest the pointer may be a word's end in the margin: the word must be under it.
    const [x, y] = point;
    const on = [...range.getClientRects()].some(
      (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1
    );
    if (!on) return undefined;
  }
  const start = range.startContainer;
  const link = (start instanceof Element ? start : start.parentElement)?.closest<HTMLElement>(
    CARD_LINKS
  );
  const hit: WordHit = { pick, row };
  if (link && side.contains(link)) hit.link = link;
  return hit;
}

/** The French word under a point of the viewport, if there is one. */
export function wordFromPoint(x: number, y: number): WordHit | undefined {
  let node: Node | null = null;
  let offset = 0;
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    if (position) ({ offsetNode: node, offset } = position);
  } else {
    // Safari before 18.2 has only the older, non-standard call.
    const range = (
      document as { caretRangeFromPoint?(x: number, y: number): Range | null }
    ).caretRangeFromPoint?.(x, y);
    if (range) ({ startContainer: node, startOffset: offset } = range);
  }
  const side = frenchSide(node);
  if (!side || !node) return undefined;
  return hitOf(side, wordAt(side.textContent ?? '', textOffset(side, node, offset)), [x, y]);
}

/** The first French word of the selection, or the word at the caret. */
export function wordFromSelection(): WordHit | undefined {
  const selection = document.getSelection();
  if (!selection?.rangeCount) return undefined;
  const range = selection.getRangeAt(0);
  const side = frenchSide(range.startContainer);
  if (!side) return undefined;
  const text = side.textContent ?? '';
  const start = textOffset(side, range.startContainer, range.startOffset);
  const end = side.contains(range.endContainer)
    ? textOffset(side, range.endContainer, range.endOffset)
    : text.length;
  return hitOf(side, wordIn(text, start, end));
}

/** Opens the card of a word found: its mention's or term's card, else the dictionary's. */
export function openWordCard(hit: WordHit | undefined): boolean {
  if (!hit) return false;
  if (hit.link) {
    const { term, entity } = hit.link.dataset;
    const target: CardTarget = term ? { kind: 'term', id: term } : { kind: 'entry', id: entity! };
    openCard(target, hit.link);
    return true;
  }
  const { word, previous, next } = hit.pick;
  // Closing the card hands focus back here: the row, as stepping through sentences focuses it.
  if (!hit.row.hasAttribute('tabindex')) hit.row.tabIndex = -1;
  openCard({ kind: 'word', word, previous, next }, hit.row);
  return true;
}

/**
 * A click in a French side opens the word under it, unless it is a link's or a button's (a
 * mention or term opens its own card) or it ends a text selection.
 */
export function openClickedWord(event: MouseEvent) {
  const target = event.target as Element;
  if (event.defaultPrevented || event.button !== 0 || target.closest('a, button')) return;
  if (!(document.getSelection()?.isCollapsed ?? true)) return;
  openWordCard(wordFromPoint(event.clientX, event.clientY));
}
