import { expect, test } from '@playwright/test';
import { open } from './open.ts';

test('the library lists the first text and links to its reader', async ({ page }) => {
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Texts are listed under a heading per level, each its own heading one level down.
  const title = page.getByRole('heading', {
    level: 3,
    name: 'Première position au Parti communiste'
  });
  await expect(title).toBeVisible();
  await title.getByRole('link').click();
  await expect(page).toHaveURL(/\/read\/premiere-position$/);
});

test('the reader shows the French original beside its English translation', async ({ page }) => {
  await open(page, '/read/premiere-position');
  const first = page.locator('#s-1\\.1');
  const fr = first.locator('[lang="fr"]');
  const en = first.locator('[lang="en"]');
  await expect(fr).toHaveText(
    'Avant la révolution, Vladimir I. Lénine, chef de la faction bolchevique, avait une secrétaire, Elena Stasova.'
  );
  await expect(en).toHaveText(
    'Before the revolution, Vladimir I. Lenin, leader of the Bolshevik faction, had a secretary, Elena Stasova.'
  );
  const [frBox, enBox] = [await fr.boundingBox(), await en.boundingBox()];
  expect(frBox && enBox).toBeTruthy();
  if (test.info().project.name === 'desktop') {
    // Side by side on a desktop: the two halves of a segment start on the same line.
    expect(Math.abs(frBox!.y - enBox!.y)).toBeLessThan(2);
    expect(enBox!.x).toBeGreaterThan(frBox!.x + frBox!.width - 1);
  } else {
    // Interlinear on a phone: the English sits under its French.
    expect(enBox!.y).toBeGreaterThanOrEqual(frBox!.y + frBox!.height - 1);
  }
  // The odd dash and space of the original are shown as published.
  await expect(page.locator('#s-1\\.12 [lang="fr"]')).toContainText('en 1988– 89,');
});

test('a mention is a link to its glossary entry, in both languages', async ({ page }) => {
  await open(page, '/read/premiere-position');
  const frMention = page.locator('#s-1\\.5 [lang="fr"] a', { hasText: 'Josef Staline' });
  const enMention = page.locator('#s-1\\.5 [lang="en"] a', { hasText: 'Joseph Stalin' });
  await expect(frMention).toHaveAttribute('href', '/glossary/stalin');
  await expect(enMention).toHaveAttribute('href', '/glossary/stalin');
  // With JavaScript the link opens a card; its "full entry" link leads to the entry page.
  await frMention.click();
  await page.getByRole('dialog').getByRole('link', { name: 'Open the full entry' }).click();
  await expect(page).toHaveURL(/\/glossary\/stalin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Joseph Stalin');
  await expect(page.getByText('Иосиф Виссарионович Сталин')).toBeVisible();
});

test('the French interface is served under /fr', async ({ page }) => {
  await open(page, '/fr/read/premiere-position');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('link', { name: 'Bibliothèque', exact: true })).toBeVisible();
  await expect(
    page.locator('#s-1\\.5 [lang="fr"] a', { hasText: 'Josef Staline' })
  ).toHaveAttribute('href', '/fr/glossary/stalin');
});
