import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open } from './open.ts';

const items = (page: Page) => page.locator('.library-item');
const item = (page: Page, slug: string) =>
  page.locator('.library-item').filter({ has: page.locator(`h3 a[href$="/read/${slug}"]`) });
/** A text's last chapter, where the reader suggests what to read next. */
async function openLastChapter(page: Page, slug: string) {
  await open(page, `/read/${slug}`);
  const chapters = page.locator('nav.chapters a');
  if ((await chapters.count()) > 1) {
    await chapters.last().click();
    await expect(chapters.last()).toHaveAttribute('aria-current', 'page');
  }
}
const attributes = (page: Page, name: string) =>
  items(page).evaluateAll((nodes, name) => nodes.map((n) => n.getAttribute(name) ?? ''), name);

test.describe('the library', () => {
  test('lists every text under its level, with words and reading time', async ({ page }) => {
    await open(page, '/');
    const levels = await page.locator('.library-group h2').allTextContents();
    expect(levels).toEqual([
      'A2 · Elementary',
      'B1 · Intermediate',
      'B2 · Upper intermediate',
      'C1 · Advanced'
    ]);
    await expect(items(page)).toHaveCount(9);
    await expect(items(page).first().locator('.library-facts')).toContainText(/\d+ words/);
    await expect(items(page).first().locator('.library-facts')).toContainText(/\d+ min read/);
  });

  test('filters by level and topic, and keeps the filters in the address', async ({ page }) => {
    await open(page, '/');
    await page.getByLabel('Level', { exact: true }).selectOption('B2');
    await expect(page).toHaveURL(/\?level=B2$/);
    expect(new Set(await attributes(page, 'data-level'))).toEqual(new Set(['B2']));
    await expect(page.getByRole('status').filter({ hasText: /of 9 texts/ })).toBeVisible();
    await page.getByLabel('Topic').selectOption('khrushchev');
    await expect(page).toHaveURL(/\?level=B2&topic=khrushchev$/);
    await expect(items(page)).toHaveCount(2);
    expect(new Set(await attributes(page, 'data-topic'))).toEqual(new Set(['khrushchev']));
    // A shared address opens on the same list.
    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await expect(items(page)).toHaveCount(2);
    await expect(page.getByLabel('Topic')).toHaveValue('khrushchev');
    // Nothing matches: say so and offer the whole list back.
    await page.getByLabel('Level', { exact: true }).selectOption('A2');
    await page.getByLabel('Topic').selectOption('brezhnev');
    await expect(page.getByText('No text matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Show all texts' }).click();
    await expect(items(page)).toHaveCount(9);
  });

  test('sorts by length, shortest first', async ({ page }) => {
    await open(page, '/');
    await page.getByLabel('Sort by').selectOption('length');
    await expect(page).toHaveURL(/\?sort=length$/);
    await expect(page.locator('.library-group h2')).toHaveText(['All texts by length']);
    const words = (await attributes(page, 'data-words')).map(Number);
    expect(words).toHaveLength(9);
    expect(words).toEqual([...words].sort((a, b) => a - b));
  });

  test("a text's details are one click away", async ({ page }) => {
    await open(page, '/');
    const first = items(page).first();
    await expect(first.getByText('CC BY-SA 4.0')).toBeHidden();
    await first.locator('summary').click();
    const details = first.locator('.library-details dl');
    await expect(details).toBeVisible();
    for (const term of ['Level', 'Words', 'Vocabulary', 'Source', 'License'])
      await expect(details.locator('dt', { hasText: term }).first()).toBeVisible();
    await expect(details.getByRole('link', { name: 'CC BY-SA 4.0' })).toBeVisible();
  });

  test('shows "Continue" for a text begun and "Finished" for one read to the end', async ({
    page
  }) => {
    test.slow(); // three reader pages and the library, on a shared machine
    await open(page, '/read/annees-brejnev');
    const rows = page.locator('.reader [id^="s-"]');
    const row = rows.nth(Math.floor((await rows.count()) / 2));
    await row.evaluate((r) => window.scrollTo(0, r.getBoundingClientRect().top + window.scrollY));
    await page.waitForTimeout(800);
    await page.getByRole('link', { name: 'Library' }).first().click();
    await expect(
      item(page, 'annees-brejnev').getByRole('link', { name: /Continue reading/ })
    ).toBeVisible();
    await expect(item(page, 'annees-brejnev').getByText(/\d+% read/)).toBeVisible();

    // The end of the text: the suggestion of what to read next, at the same level (C1).
    await openLastChapter(page, 'annees-brejnev');
    const next = page.locator('.next-text');
    await next.scrollIntoViewIfNeeded();
    await expect(next.getByRole('heading', { name: 'Next at your level' })).toBeVisible();
    await expect(next.getByText('Another text at level C1:')).toBeVisible();
    await expect(next.getByRole('link').first()).toHaveAttribute(
      'href',
      '/read/testament-et-succession'
    );
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('bilingual-reader/v1/progress')))
      .toContain('"finished":true');
    await next.getByRole('link', { name: 'All texts in the library' }).click();
    const done = item(page, 'annees-brejnev');
    await expect(done.getByText('Finished')).toBeVisible();
    await expect(done.getByRole('link', { name: /Continue reading/ })).toHaveCount(0);

    // The other C1 text finished too, the next suggestion is at the nearest level.
    await openLastChapter(page, 'testament-et-succession');
    await page.locator('.next-text').scrollIntoViewIfNeeded();
    await expect(
      page.locator('.next-text').getByText(/No other text left at level C1/)
    ).toBeVisible();
  });
});

test.describe('the library without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every text by level, and hides the controls it cannot run', async ({ page }) => {
    await page.goto('/');
    await expect(items(page)).toHaveCount(9);
    await expect(page.locator('.library-group h2')).toHaveCount(4);
    await expect(page.getByLabel('Sort by')).toBeHidden();
    await items(page).first().locator('summary').click();
    await expect(items(page).first().locator('.library-details dl')).toBeVisible();
  });
});

for (const path of ['/', '/fr', '/?level=B2&sort=length']) {
  test(`${path} has no accessibility violations, details open @desktop`, async ({ page }) => {
    await open(page, path);
    await items(page).first().locator('summary').click();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    ).toEqual([]);
  });
}
