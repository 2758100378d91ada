/**
 * What a card shows: a glossary entry, a vocabulary term of the text being read, or any French
 * word of it as written, with its neighbours (the dictionary's word card).
 */
export type CardTarget =
  | { kind: 'entry'; id: string }
  | { kind: 'term'; id: string }
  | { kind: 'word'; word: string; previous?: string; next?: string };

let opener: ((target: CardTarget, element: HTMLElement) => void) | undefined;

/** Opens a card from code (a French word clicked or looked up): as a link to it would. */
export function openCard(target: CardTarget, element: HTMLElement) {
  opener?.(target, element);
}

/** The links that open a card: see installCardLinks. */
export const CARD_LINKS = 'a[data-entity], [data-term]';

/**
 * Every link that names a glossary entry (`<a data-entity="stalin" href="/glossary/stalin">`:
 * mentions, timeline bars, related entries, glossary lists) or a term (`data-term`) opens its card
 * in place. One delegated listener serves them all; without JavaScript they are ordinary links.
 */
export function installCardLinks(
  open: (target: CardTarget, element: HTMLElement) => void,
  prepare: (target: CardTarget) => void
): () => void {
  // The innermost wins: a term inside a mention opens the term.
  const targetOf = (event: Event) => {
    const element = (event.target as Element | null)?.closest?.<HTMLElement>(CARD_LINKS);
    if (!element) return undefined;
    const target: CardTarget = element.dataset.term
      ? { kind: 'term', id: element.dataset.term }
      : { kind: 'entry', id: element.dataset.entity! };
    return { element, target };
  };
  const onClick = (event: MouseEvent) => {
    const found = targetOf(event);
    if (!found || event.defaultPrevented || event.button !== 0) return;
    // A modified click (new tab, new window) keeps the link's own behaviour.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(found.target, found.element);
  };
  // Pointing at or focusing a link starts loading its card, so it opens at once when activated.
  const onHint = (event: Event) => {
    const found = targetOf(event);
    if (found) prepare(found.target);
  };
  opener = open;
  // Capture phase: it must run before SvelteKit's router, which would follow the link.
  document.addEventListener('click', onClick, true);
  document.addEventListener('pointerover', onHint, { passive: true });
  document.addEventListener('focusin', onHint);
  return () => {
    opener = undefined;
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('pointerover', onHint);
    document.removeEventListener('focusin', onHint);
  };
}

/** The card `?entity=stalin&mention=3` asks for, if the address holds a well-formed one. */
export function cardRequest(url: URL): { id: string; position?: number } | undefined {
  const id = url.searchParams.get('entity');
  if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return undefined;
  const mention = Number(url.searchParams.get('mention') ?? NaN);
  return { id, position: Number.isInteger(mention) && mention >= 0 ? mention : undefined };
}
