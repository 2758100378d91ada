import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open } from './open.ts';
import { FIXTURE_PORT } from '../playwright.config.ts';
import type { Corpus } from '../src/lib/corpus/model.ts';
import { buildSearchFiles, searchFileReader } from '../src/lib/search/fulltext-build.ts';

const READER = '/read/premiere-position';
const INDEX = '/search-index/core.json';
const isPhone = () => test.info().project.name === 'phone';

/** The hrefs of the results, in order: what two equivalent queries must agree on. */
const resultLinks = (page: Page) =>
  page
    .locator('#search-results .hit-link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));

/** The first text's group of results: the expectations below were written from its sentences. */
const firstText = (page: Page) =>
  page.locator('#search-results section[aria-labelledby="group-premiere-position"]');
const firstTextHits = (page: Page) => firstText(page).locator('.hit');

const result = (page: Page, segment: string) =>
  firstTextHits(page).filter({
    has: page.locator(`a[href$="#s-${segment}"]`)
  });

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  ).toEqual([]);
}

test.describe('full-text search', () => {
  test('the index and its code are fetched only once the search box is used', async ({ page }) => {
    const scripts = new Set<string>();
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/search-index/')) fetched.push(path);
      else if (path.endsWith('.js')) scripts.add(path);
    });
    await open(page, READER);
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    const before = new Set(scripts);

    const indexRequest = page.waitForRequest((request) => request.url().endsWith(INDEX));
    await page.locator('#site-search').focus();
    await indexRequest;
    expect(fetched).toEqual([INDEX]);
    // The search code (minisearch) came with the focus, not with the page.
    expect([...scripts].filter((script) => !before.has(script)).length).toBeGreaterThan(0);
  });

  test('Enter in the header box shows the results, marked, in both languages', async ({ page }) => {
    await open(page, READER);
    const box = page.getByRole('searchbox', { name: 'Search the texts' });
    await box.fill('destitue');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=destitue$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Search the texts' })).toBeVisible();
    await expect(page.locator('#site-search')).toHaveValue('destitue');
    // Other texts say "destitué" too: the announcement counts them all, the first text has one.
    await expect(page.locator('#search-announce')).toHaveText(/^\d+ results? for “destitue”$/);
    const total = Number(/^\d+/.exec((await page.locator('#search-announce').textContent())!)![0]);
    await expect(page.locator('#search-results .hit')).toHaveCount(total);

    const hit = result(page, '1.6');
    await expect(hit).toHaveCount(1);
    await expect(firstTextHits(page)).toHaveCount(1);
    await expect(hit.locator('p[lang="fr"] mark')).toHaveText(['destitué']);
    await expect(hit.locator('p[lang="en"]')).toContainText(
      'he issued a warning that Stalin should be removed.'
    );
    await expect(firstText(page).getByRole('heading', { level: 2 })).toContainText(
      'Première position au Parti communiste'
    );

    const link = hit.getByRole('link', { name: 'Sentence 1.6' });
    await expect(link).toHaveAttribute('href', `${READER}#s-1.6`);
    // The whole card is the link's target, not only its label.
    if (isPhone()) await hit.tap();
    else await hit.click();
    await expect(page).toHaveURL(new RegExp(`${READER}#s-1\\.6$`));
    await expect(page.locator('[id="s-1.6"]')).toBeInViewport();
    // The header box is back, empty, on the reader.
    await expect(page.locator('#site-search')).toHaveValue('');
  });

  test('results follow the typing and the address bar keeps the query', async ({ page }) => {
    await open(page, '/search');
    const box = page.locator('#site-search');
    await expect(box).toBeFocused();
    await expect(page.getByText('Type a word or two')).toBeVisible();
    await box.fill('patronage');
    await expect(result(page, '1.7')).toHaveCount(1);
    await expect(page).toHaveURL(/\/search\?q=patronage$/);
    await expect(result(page, '1.7').locator('mark')).toHaveText(['patronage', 'patronage']);
    await box.fill('xyzzy');
    await expect(page.getByText('No results for “xyzzy”').first()).toBeVisible();
    await expect(page.getByText('Check the spelling')).toBeVisible();
    await expect(page.locator('#search-announce')).toHaveText('No results for “xyzzy”');
    await box.fill('');
    await expect(page).toHaveURL(/\/search$/);
  });

  test('the index is loaded and searched in a worker, not on the page that is typed into', async ({
    page
  }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await open(page, '/search?q=patronage');
    await expect(result(page, '1.7')).toHaveCount(1);
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/\/_app\/immutable\/workers\/search\.worker-[\w-]+\.js$/);
    // Later queries go to the same worker.
    await page.locator('#site-search').fill('khrouch');
    await expect(firstTextHits(page)).toHaveCount(2);
    expect(workers).toHaveLength(1);
  });

  test('where no worker can start, the page searches by itself', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'Worker', { value: undefined });
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await open(page, '/search?q=patronage');
    await expect(result(page, '1.7').locator('mark')).toHaveText(['patronage', 'patronage']);
    await page.locator('#site-search').fill('khrouch');
    await expect(firstTextHits(page)).toHaveCount(2);
    expect(workers).toEqual([]);
  });

  test('accents and capitals do not matter; the beginning of a word is enough', async ({
    page
  }) => {
    await open(page, '/search?q=SECR%C3%89TAIRE');
    await expect(page.locator('#search-results .hit').first()).toBeVisible();
    const upper = await resultLinks(page);
    expect(upper.length).toBeGreaterThan(5);
    await page.locator('#site-search').fill('secretaire');
    await expect(page).toHaveURL(/q=secretaire$/);
    expect(await resultLinks(page)).toEqual(upper);

    await page.locator('#site-search').fill('khrouch');
    await expect(firstTextHits(page)).toHaveCount(2);
    for (const segment of ['1.9', '1.10']) {
      await expect(result(page, segment).locator('p[lang="fr"] mark').first()).toHaveText(
        'Khrouchtchev'
      );
    }
  });

  test('"/" goes to the search box, unless shortcuts are off', async ({ page }) => {
    await open(page, READER);
    const box = page.locator('#site-search');
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('');
    await box.blur();

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Go to the search box')).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Use keyboard shortcuts' }).uncheck();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.locator('body').focus();
    await page.keyboard.press('/');
    await expect(box).not.toBeFocused();
  });

  test('the French interface at /fr/search', async ({ page }) => {
    await open(page, '/fr/search?q=staline');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Rechercher dans les textes' })
    ).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Mots à chercher' })).toHaveValue('staline');
    await expect(page.locator('#search-announce')).toHaveText(/^\d+ résultats pour «\sstaline\s»$/);
    await expect(firstTextHits(page)).toHaveCount(5);
    const link = firstText(page).getByRole('link', { name: 'Phrase 1.6' });
    await expect(link).toHaveAttribute('href', `/fr${READER}#s-1.6`);
    await expect(page).toHaveTitle(/^«\sstaline\s»\s:\srecherche/);
    // The header box of another page speaks French too and goes to /fr/search.
    await open(page, '/fr/glossary');
    const box = page.getByRole('searchbox', { name: 'Rechercher dans les textes' });
    await box.fill('memoire');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/fr\/search\?q=memoire$/);
    await expect(result(page, '1.2').locator('mark')).toHaveText(['mémoire']);
  });

  test('no horizontal scroll, with the header box and with results', async ({ page }) => {
    for (const path of [READER, '/search?q=secretaire', '/fr/search?q=staline', '/fr/glossary']) {
      await open(page, path);
      if (path.includes('q='))
        await expect(page.locator('#search-results .hit').first()).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    // The header box fits beside the other tools, and keeps a usable width.
    await open(page, READER);
    const box = (await page.locator('#site-search').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(box.width).toBeGreaterThan(120);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no accessibility violations on the results, ${scheme} theme`, async ({ page }) => {
      // Axe over two pages of results from every text.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/search?q=staline', '/fr/search?q=staline']) {
        await open(page, path);
        await expect(page.locator('#search-results .hit mark').first()).toBeVisible();
        await expectNoViolations(page);
      }
      await open(page, '/search');
      await expectNoViolations(page);
    });
  }
});

test('a hit in a later chapter opens that chapter at the segment', async ({ page }) => {
  // tests/fixtures/texts, built as a second site: a text in three chapters.
  await open(page, `http://127.0.0.1:${FIXTURE_PORT}/search?q=deuxieme`);
  await expect(page.locator('#search-results .hit-link')).toHaveText([
    'Chapter c2',
    'Sentence c2.1'
  ]);
  const hit = page
    .locator('#search-results .hit')
    .filter({ has: page.locator('a[href$="#s-c2.1"]') });
  await expect(hit.locator('mark')).toHaveText(['deuxième']);
  await hit.getByRole('link').click();
  await expect(page).toHaveURL(/\/read\/chapitres\/c2#s-c2\.1$/);
  await expect(page.locator('[id="s-c2.1"]')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says why it cannot search and where to go instead', async ({ page }) => {
    // Playwright's text and role queries skip <noscript>, which only a browser without
    // JavaScript renders: CSS finds it.
    const note = page.locator('noscript .noscript');
    await page.goto('/search?q=staline');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Searching the texts needs JavaScript');
    await expect(note.locator('a[href="/"]')).toContainText('from the library');
    await expect(note.locator('a[href="/glossary"]')).toContainText('in the glossary');
    await expect(page.locator('#site-search')).toBeHidden();
    await expect(page.locator('#search-results')).toBeHidden();
    await page.goto('/fr/search');
    await expect(note).toContainText('La recherche dans les textes nécessite JavaScript');
    await expect(note.locator('a[href="/fr/glossary"]')).toContainText('glossaire');
  });

  test('the header has no search box that would lead nowhere', async ({ page }) => {
    await page.goto(READER);
    await expect(page.locator('#site-search')).toBeHidden();
  });
});

test.describe('before the script has run', () => {
  test('the header box is a plain form that goes to /search?q=…', async ({ page }) => {
    await page.goto(READER);
    const form = page.locator('form[role="search"]');
    await expect(form).toHaveAttribute('action', '/search');
    await expect(form).toHaveAttribute('method', 'get');
    await expect(form.locator('input[name="q"]')).toHaveAttribute('type', 'search');
  });
});

test('a query that finds hundreds of sentences shows them 50 at a time', async ({ page }) => {
  // A long book, stood in for by an index of 120 sentences that all say "samovar".
  const sentence = (i: number) => ({
    id: `${i}`,
    fr: {
      runs: [{ kind: 'text' as const, text: `Le samovar numéro ${i}.` }],
      glue: false,
      line: i
    },
    en: { runs: [{ kind: 'text' as const, text: `Samovar number ${i}.` }], glue: false, line: i }
  });
  const text = {
    slug: 'samovars',
    title: sentence(0),
    chapters: [
      { id: '', index: 0, paragraphs: [Array.from({ length: 120 }, (_, i) => sentence(i + 1))] }
    ]
  };
  const read = searchFileReader(
    buildSearchFiles({ texts: [text] } as unknown as Pick<Corpus, 'texts'>)
  );
  await page.route('**/search-index/**', async (route) =>
    route.fulfill({
      json: await read(new URL(route.request().url()).pathname.replace('/search-index/', ''))
    })
  );
  await open(page, '/search?q=samovar');
  const hits = page.locator('#search-results .hit');
  await expect(hits).toHaveCount(50);
  const more = page.locator('#search-results .more');
  await expect(more).toContainText('50 of 121 shown');
  await more.getByRole('button', { name: 'Show 50 more results' }).click();
  await expect(hits).toHaveCount(100);
  await expect(more).toContainText('100 of 121 shown');
  await more.getByRole('button', { name: 'Show 21 more results' }).click();
  await expect(hits).toHaveCount(121);
  await expect(more).toHaveCount(0);
  // A new query starts from the first page again.
  await page.locator('#site-search').fill('samovar numero');
  await expect(hits).toHaveCount(50);
});
