import { expect, test } from '@playwright/test';
import { open } from './open.ts';
import { FIXTURE_PORT } from '../playwright.config.ts';

// These pages come from tests/fixtures/texts, built as a second site: a text in three chapters.
const SITE = `http://127.0.0.1:${FIXTURE_PORT}`;

test('a long text is read a chapter at a time, with a chapter list', async ({ page }) => {
  await open(page, `${SITE}/read/chapitres`);
  await expect(page.locator('[id="s-c1"]')).toContainText('Premier chapitre');
  await expect(page.locator('[id="s-c2.1"]')).toHaveCount(0);
  const chapters = page.getByRole('navigation', { name: 'Chapters' });
  await expect(chapters.getByRole('link')).toHaveText([
    'Premier chapitre',
    'Deuxième chapitre',
    'Troisième chapitre'
  ]);
  await chapters.getByRole('link', { name: 'Deuxième chapitre' }).click();
  await expect(page).toHaveURL(/\/read\/chapitres\/c2$/);
  await expect(page.locator('[id="s-c2.1"] .en')).toHaveText(
    'The second chapter speaks of Stalin again.'
  );
  await expect(page.locator('[id="s-c1.1"]')).toHaveCount(0);
});

test('previous and next in a card cross chapters, and mark the mention there', async ({ page }) => {
  await open(page, `${SITE}/read/chapitres`);
  await page.locator('[id="s-c1.2"] .fr a[data-entity="stalin"]').click();
  const card = page.getByRole('dialog', { name: 'Joseph Stalin' });
  await expect(card.getByText('Mention 1 of 3')).toBeVisible();
  await card.getByRole('button', { name: 'Next mention' }).click();
  await expect(page).toHaveURL(/\/read\/chapitres\/c2\?entity=stalin&mention=1#s-c2\.1$/);
  await expect(
    page.getByRole('dialog', { name: 'Joseph Stalin' }).getByText('Mention 2 of 3')
  ).toBeVisible();
  await expect(page.locator('[id="s-c2.1"]')).toHaveClass(/is-marked/);
  await expect(page.locator('[id="s-c2.1"] .fr a[data-entity="stalin"]')).toHaveClass(/is-marked/);
  await page.getByRole('dialog').getByRole('button', { name: 'Next mention' }).click();
  await expect(page).toHaveURL(/\/read\/chapitres\/c3\?entity=stalin&mention=2#s-c3\.1$/);
  await expect(page.getByRole('dialog').getByText('Mention 3 of 3')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Previous mention' }).click();
  await expect(page).toHaveURL(/\/read\/chapitres\/c2\?entity=stalin&mention=1#s-c2\.1$/);
  // The first chapter has one address: its id in the URL is not a second one.
  const response = await open(page, `${SITE}/read/chapitres/c1`);
  expect(response?.status()).toBe(404);
});

test('an entry page links each mention into its chapter', async ({ page }) => {
  await open(page, `${SITE}/glossary/lenin`);
  const sources = page.locator('.mention-source');
  await expect(sources).toHaveCount(2);
  await expect(sources.nth(0)).toHaveAttribute('href', '/read/chapitres#s-c1.1');
  await expect(sources.nth(1)).toHaveAttribute('href', '/read/chapitres/c3#s-c3.1');
});

test('a page load carries its sentences; a chapter reached in the app fetches them once', async ({
  page
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/markup/')) fetched.push(request.url());
  });
  await open(page, `${SITE}/read/chapitres/c2`);
  await expect(page.locator('[id="s-c2.1"] .fr')).toContainText('Staline');
  expect(fetched).toEqual([]);
  // In the app: the next chapter, then the first again (its sentences left with the page).
  const chapters = page.getByRole('navigation', { name: 'Chapters' });
  await chapters.getByRole('link', { name: 'Troisième chapitre' }).click();
  await expect(page).toHaveURL(/\/read\/chapitres\/c3$/);
  await expect(page.locator('[id^="s-c3."]').first()).toBeVisible();
  await expect(page.locator('[id^="s-c2."]')).toHaveCount(0);
  await chapters.getByRole('link', { name: 'Premier chapitre' }).click();
  await expect(page.locator('[id="s-c1.2"] .fr a[data-entity="stalin"]')).toBeVisible();
  expect(fetched.map((url) => new URL(url).pathname)).toEqual([
    '/markup/en/chapitres/2.json',
    '/markup/en/chapitres/0.json'
  ]);
  // The French interface fetches the French labels' version, and the mentions lead there.
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/read\/chapitres$/);
  await expect(page.locator('[id="s-c1.2"] .fr a[data-entity="stalin"]')).toHaveAttribute(
    'href',
    '/fr/glossary/stalin'
  );
  await expect(
    page.locator('[id="s-c1.2"]').getByRole('link', { name: /Copier un lien/ })
  ).toBeAttached();
});

test('a chapter whose sentences cannot be fetched says so instead of showing an empty page', async ({
  page
}) => {
  await page.route('**/markup/**', (route) => route.fulfill({ status: 503, body: '' }));
  await open(page, `${SITE}/read/chapitres`);
  await page
    .getByRole('navigation', { name: 'Chapters' })
    .getByRole('link', { name: 'Deuxième chapitre' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/503|could not be loaded/);
});
