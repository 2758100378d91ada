import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The glossary page lists every entry of texts/glossary/, one YAML file each.
const TOTAL = readdirSync('texts/glossary').filter((f) => f.endsWith('.yaml')).length;

const results = (page: Page) => page.locator('#glossary-results');
const entryLinks = (page: Page) => results(page).locator('a[data-entity]');

/** Opens the glossary and waits until the page has hydrated (the search box is enabled). */
async function open(page: Page, path = '/glossary') {
  await page.goto(path);
  const box = page.locator('#glossary-search-input');
  await expect(box).toBeEnabled();
  return box;
}

test.describe('glossary search', () => {
  // "Khrushchev" alone also names his removal and his secret speech: with his first name, one entry.
  for (const query of ['nikita khrouchtchev', 'Nikita Khrushchev', 'Никита Хрущёв']) {
    test(`"${query}" leaves exactly Khrushchev`, async ({ page }) => {
      const box = await open(page);
      await box.fill(query);
      await expect(entryLinks(page)).toHaveCount(1);
      await expect(entryLinks(page)).toHaveAttribute('data-entity', 'khrushchev');
      await expect(entryLinks(page)).toHaveText('Nikita Khrushchev');
      await expect(entryLinks(page)).toHaveAttribute('href', '/glossary/khrushchev');
      await expect(page.locator('#glossary-status')).toHaveText(`1 of ${TOTAL} entries`);
    });
  }

  test('finds Lenin without the accent, and names the alias that matched', async ({ page }) => {
    const box = await open(page);
    await box.fill('lenine');
    await expect(results(page).locator('a[data-entity="lenin"]')).toBeVisible();
    await expect(results(page).locator('a[data-entity="stalin"]')).toHaveCount(0);

    await box.fill('koba');
    await expect(entryLinks(page)).toHaveCount(1);
    await expect(entryLinks(page)).toHaveText('Joseph Stalin');
    await expect(results(page).getByText('Koba', { exact: true })).toBeVisible();
  });

  test('labels the search box and points it at the results', async ({ page }) => {
    const box = await open(page);
    await expect(page.getByRole('searchbox', { name: 'Find a name' })).toBeVisible();
    await expect(box).toHaveAttribute('aria-controls', 'glossary-results');
    await expect(page.locator('#glossary-status')).toHaveText(`${TOTAL} entries`);
  });

  test('the type filter shows only posts', async ({ page }) => {
    await open(page);
    const posts = page.getByRole('button', { name: /^Posts\b/ });
    await expect(posts).toHaveAttribute('aria-pressed', 'false');
    await posts.click();
    await expect(posts).toHaveAttribute('aria-pressed', 'true');
    const count = Number(await posts.locator('.chip-count').textContent());
    expect(count).toBeGreaterThan(0);
    await expect(entryLinks(page)).toHaveCount(count);
    await expect(results(page).locator('li[data-type]:not([data-type="post"])')).toHaveCount(0);
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText([/^\s*Posts\b/]);
    await expect(page).toHaveURL(/[?&]type=post\b/);

    await posts.click();
    await expect(posts).toHaveAttribute('aria-pressed', 'false');
    await expect(entryLinks(page)).toHaveCount(TOTAL);
    await expect(page).not.toHaveURL(/type=/);
  });

  test('the URL keeps the query and the filter, and a reload restores them', async ({ page }) => {
    const box = await open(page);
    await box.fill('secr gen');
    await page.getByRole('button', { name: /^Posts\b/ }).click();
    await expect(page).toHaveURL(/\/glossary\?q=secr\+gen&type=post$/);
    await page.reload();
    await expect(box).toBeEnabled();
    await expect(box).toHaveValue('secr gen');
    await expect(page.getByRole('button', { name: /^Posts\b/ })).toHaveAttribute(
      'aria-pressed',
      'true'
    );
    await expect(entryLinks(page)).toHaveCount(1);
    await expect(entryLinks(page)).toHaveAttribute('data-entity', 'general-secretary');
  });

  test('a shared link opens on the filtered list', async ({ page }) => {
    await page.goto(
      '/glossary?q=%D0%9D%D0%B8%D0%BA%D0%B8%D1%82%D0%B0%20%D0%A5%D1%80%D1%83%D1%89%D0%B5%D0%B2'
    );
    await expect(page.locator('#glossary-search-input')).toHaveValue('Никита Хрущев');
    await expect(entryLinks(page)).toHaveCount(1);
    await expect(entryLinks(page)).toHaveAttribute('data-entity', 'khrushchev');
  });

  test('says when nothing matches, and clears back to the full list', async ({ page }) => {
    const box = await open(page);
    await box.fill('xyz');
    await expect(entryLinks(page)).toHaveCount(0);
    await expect(results(page)).toContainText('No entry matches “xyz”.');
    await expect(page.locator('#glossary-status')).toHaveText('No entries match');
    await results(page).getByRole('button', { name: 'Show all entries' }).click();
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();
    await expect(entryLinks(page)).toHaveCount(TOTAL);
    await expect(page).toHaveURL(/\/glossary$/);
  });

  test('the Clear button empties the search and the type filter', async ({ page }) => {
    const box = await open(page);
    const clear = page.getByRole('button', { name: /^Clear/ });
    await expect(clear).toBeDisabled();
    await box.fill('stal');
    await page.getByRole('button', { name: /^People\b/ }).click();
    await expect(entryLinks(page)).toHaveCount(1);
    await clear.click();
    await expect(box).toHaveValue('');
    await expect(page.getByRole('button', { name: /^People\b/ })).toHaveAttribute(
      'aria-pressed',
      'false'
    );
    await expect(entryLinks(page)).toHaveCount(TOTAL);
  });

  test('marks the language of every name', async ({ page }) => {
    await open(page);
    const card = results(page).locator('li', { has: page.locator('[data-entity="khrushchev"]') });
    await expect(card.locator('[lang="fr"]')).toHaveText('Nikita Khrouchtchev');
    await expect(card.locator('[lang="ru"]')).toHaveText('Никита Сергеевич Хрущёв');
  });

  test('the French interface works the same', async ({ page }) => {
    const box = await open(page, '/fr/glossary');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossaire');
    await expect(page.getByRole('searchbox', { name: 'Chercher un nom' })).toBeVisible();
    for (const query of ['nikita khrouchtchev', 'Nikita Khrushchev', 'Никита Хрущёв']) {
      await box.fill(query);
      await expect(entryLinks(page)).toHaveCount(1);
      await expect(entryLinks(page)).toHaveText('Nikita Khrouchtchev');
      await expect(entryLinks(page)).toHaveAttribute('href', '/fr/glossary/khrushchev');
    }
    await expect(page.locator('#glossary-status')).toHaveText(`1 fiche sur ${TOTAL}`);
    const card = results(page).locator('li', { has: page.locator('[data-entity="khrushchev"]') });
    await expect(card.locator('[lang="en"]')).toHaveText('Nikita Khrushchev');

    await box.fill('');
    await page.getByRole('button', { name: /^Postes\b/ }).click();
    await expect(results(page).locator('li[data-type]:not([data-type="post"])')).toHaveCount(0);
    await expect(page).toHaveURL(/\/fr\/glossary\?type=post$/);

    await box.fill('lenine');
    await expect(results(page).locator('a[data-entity="lenin"]')).toHaveCount(0);
    await expect(results(page)).toContainText('Aucune fiche des types choisis ne correspond');
    await page.getByRole('button', { name: /^Personnes\b/ }).click();
    await expect(results(page).locator('a[data-entity="lenin"]')).toHaveText('Vladimir Lénine');
  });

  test('has no horizontal scroll', async ({ page }) => {
    for (const path of ['/glossary', '/fr/glossary']) {
      const box = await open(page, path);
      const overflow = () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        );
      expect(await overflow(), path).toBeLessThanOrEqual(0);
      await box.fill('Никита Хрущёв');
      await expect(entryLinks(page)).toHaveCount(1);
      expect(await overflow(), path).toBeLessThanOrEqual(0);
      await box.fill('a name that matches no entry of the glossary at all');
      await expect(entryLinks(page)).toHaveCount(0);
      expect(await overflow(), path).toBeLessThanOrEqual(0);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const path of ['/glossary', '/fr/glossary']) {
      test(`${path} passes axe in ${scheme} mode`, async ({ page }) => {
        // Three axe runs over a list of every glossary entry.
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: scheme });
        const box = await open(page, path);
        const axe = () =>
          new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect((await axe()).violations).toEqual([]);
        // Filtered, with a pressed type button and an alias shown: still clean.
        await box.fill('koba');
        await page.locator('#glossary-types button[aria-pressed]').first().click();
        await expect(entryLinks(page)).toHaveCount(1);
        expect((await axe()).violations).toEqual([]);
        await box.fill('xyz');
        await expect(entryLinks(page)).toHaveCount(0);
        expect((await axe()).violations).toEqual([]);
      });
    }
  }
});

test.describe('glossary without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/glossary', '/fr/glossary']) {
    test(`${path} shows the full list and hides the search`, async ({ page }) => {
      await page.goto(path);
      await expect(entryLinks(page)).toHaveCount(TOTAL);
      await expect(page.locator('#glossary-search-input')).toBeHidden();
      await expect(page.locator('#glossary-types button[aria-pressed]')).toHaveCount(6);
      await expect(page.locator('#glossary-types button[aria-pressed]').first()).toBeHidden();
      // Inside <noscript>, which only a browser without JavaScript renders.
      await expect(page.locator('#glossary-filters noscript p')).toHaveText(
        path === '/glossary'
          ? 'Searching needs JavaScript. Every entry is listed below.'
          : 'La recherche nécessite JavaScript. Toutes les fiches figurent ci-dessous.'
      );
      await expect(page.locator('#glossary-filters noscript p')).toBeVisible();
      await expect(results(page).locator('a[data-entity="khrushchev"]')).toHaveAttribute(
        'href',
        path === '/glossary' ? '/glossary/khrushchev' : '/fr/glossary/khrushchev'
      );
    });
  }

  test('a query in the URL does not hide entries', async ({ page }) => {
    await page.goto('/glossary?q=khrushchev&type=post');
    await expect(entryLinks(page)).toHaveCount(TOTAL);
  });
});
