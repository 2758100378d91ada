// Ids are keys: a text folder, a term, a chapter or a stored record named after a property every
// object inherits (`constructor`, `toString`) or the one that sets an object's prototype
// (`__proto__`) must be looked up as what it is, never as the inherited property.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardFile } from '$lib/card/card-view.server.ts';
import { loadCorpusFrom } from '$lib/corpus/load.ts';
import { parseProgress } from '$lib/state/progress.svelte.ts';
import { buildSearchFiles, searchFileReader } from '$lib/search/fulltext-build.ts';
import { openSearchIndex } from '$lib/search/fulltext-query.ts';
import { createSearchService } from '$lib/search/search-service.ts';

const work = mkdtempSync(join(tmpdir(), 'proto-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of texts/ with premiere-position renamed, and its files changed by `edit`. */
function copy(
  name: string,
  slug: string,
  edit: (file: string, text: string) => string = (_, t) => t
) {
  const dir = join(work, name);
  cpSync('texts', dir, { recursive: true });
  renameSync(join(dir, 'premiere-position'), join(dir, slug));
  for (const file of ['fr.txt', 'en.txt', 'terms.yaml', 'text.yaml']) {
    const path = join(dir, slug, file);
    writeFileSync(path, edit(file, readFileSync(path, 'utf8')));
  }
  return dir;
}

describe('ids named like inherited properties', () => {
  it('an undefined term {t:constructor} is an unknown term, not a function', () => {
    const dir = copy('term', 'premiere-position', (file, text) =>
      file === 'fr.txt' ? text.replace('[Lénine]{lenin}', '[Lénine]{t:constructor}') : text
    );
    const { corpus, errors } = loadCorpusFrom(dir);
    expect(corpus).toBeUndefined();
    expect(errors.map((e) => e.message)).toContainEqual(
      expect.stringContaining("unknown term 'constructor'")
    );
  });

  it('a term keyed __proto__ in terms.yaml is reported at its key, not dropped', () => {
    const dir = copy('proto-term', 'premiere-position', (file, text) =>
      file === 'terms.yaml' ? text + '__proto__:\n  lemma: x\n  pos: adverb\n  gloss: x\n' : text
    );
    const { corpus, errors } = loadCorpusFrom(dir);
    expect(corpus).toBeUndefined();
    const terms = readFileSync(join(dir, 'premiere-position', 'terms.yaml'), 'utf8');
    const line = terms.split('\n').indexOf('__proto__:') + 1;
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column}`)).toContain(
      `${dir}/premiere-position/terms.yaml:${line}:1`
    );
  });

  it('a text named constructor builds, and a card keeps its title', () => {
    const { corpus, errors } = loadCorpusFrom(copy('text', 'constructor'));
    expect(errors).toEqual([]);
    const card = cardFile(corpus!, corpus!.entries.get('stalin')!);
    expect(Object.hasOwn(card.texts, 'constructor')).toBe(true);
    expect(card.texts['constructor']).toEqual(corpus!.textsBySlug.get('constructor')!.meta.title);
    expect(() => JSON.stringify(card)).not.toThrow();
  });

  it('search counts the hits of a text named constructor as a number', async () => {
    const { corpus } = loadCorpusFrom(copy('search', 'constructor'));
    const index = await openSearchIndex(searchFileReader(buildSearchFiles(corpus!)));
    const answer = createSearchService(async () => index);
    const reply = await answer({ kind: 'search', url: '/x', query: 'staline', limit: 5 });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(typeof reply.perText['constructor']).toBe('number');
    expect(reply.perText['constructor']).toBeGreaterThan(0);
    // Every hit is counted in its own text, the one named constructor among them.
    const counted = Object.values(reply.perText).reduce((sum, n) => sum + n, 0);
    expect(counted).toBe(reply.total);
  });

  it('stored progress: __proto__ cannot slip an unchecked place in, constructor and toString are not places', () => {
    const good = { chapter: '', segment: '1.4', index: 4, total: 16, at: '2026-11-27T06:00:00Z' };
    const stored = JSON.parse(
      JSON.stringify({ ok: good }).replace(
        '{',
        `{"__proto__": ${JSON.stringify({ ...good, 'premiere-position': { index: 'evil' } })},`
      )
    ) as unknown;
    const places = parseProgress(stored)!;
    expect('premiere-position' in places).toBe(false);
    expect(places['premiere-position']).toBeUndefined();
    expect(places['constructor']).toBeUndefined();
    expect(places['toString']).toBeUndefined();
    expect(places['ok']).toEqual(good);
  });
});
