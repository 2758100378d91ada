/**
 * Every link that names a glossary entry (`<a data-entity="stalin" href="/glossary/stalin">`:
 * mentions, timeline bars, related entries, glossary lists) opens that entry's card in place.
 * One delegated listener serves them all; without JavaScript they are ordinary links.
 */
export function installCardLinks(
  open: (id: string, link: HTMLElement) => void,
  prepare: (id: string) => void
): () => void {
  const linkOf = (event: Event) =>
    (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-entity]') ?? null;
  const onClick = (event: MouseEvent) => {
    const link = linkOf(event);
    if (!link || event.defaultPrevented || event.button !== 0) return;
    // A modified click (new tab, new window) keeps the link's own behaviour.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(link.dataset.entity!, link);
  };
  // Pointing at or focusing a link starts loading its card, so it opens at once when activated.
  const onHint = (event: Event) => {
    const link = linkOf(event);
    if (link) prepare(link.dataset.entity!);
  };
  // Capture phase: it must run before SvelteKit's router, which would follow the link.
  document.addEventListener('click', onClick, true);
  document.addEventListener('pointerover', onHint, { passive: true });
  document.addEventListener('focusin', onHint);
  return () => {
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
