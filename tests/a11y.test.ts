import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open } from './open.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  ).toEqual([]);
}

// One page of each route, in both interface languages.
const ROUTES = [
  '/',
  '/read/premiere-position',
  '/glossary',
  '/glossary/stalin',
  '/glossary/general-secretary',
  '/glossary/lenins-testament',
  '/timeline',
  '/vocabulary/premiere-position',
  '/search',
  '/search?q=staline',
  '/words',
  '/404'
];

for (const lang of ['en', 'fr']) {
  for (const route of ROUTES) {
    const path = lang === 'fr' ? (route === '/' ? '/fr' : `/fr${route}`) : route;
    test(`${path} has no accessibility violations @desktop`, async ({ page }) => {
      await open(page, path);
      await expectNoViolations(page);
    });
  }
}

test('the not-found page has no accessibility violations @desktop', async ({ page }) => {
  await open(page, '/glossary/nobody-at-all');
  await expectNoViolations(page);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the reader with a card open, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/read/premiere-position');
    await expectNoViolations(page);
    await page.locator('[id="s-1.11"] .fr a[data-entity="second-secretary"]').click();
    await expect(page.getByRole('dialog', { name: /second secretary/i })).toBeVisible();
    await expectNoViolations(page);
  });

  test(`the glossary and an entry, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/glossary', '/fr/glossary/brezhnev']) {
      await open(page, path);
      await expectNoViolations(page);
    }
  });
}

test('the reader in the dark theme chosen with the toggle', async ({ page }) => {
  await open(page, '/fr/read/premiere-position');
  await page.getByRole('button', { name: 'Thème sombre' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoViolations(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
