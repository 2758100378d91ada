import { expect, test, type Page } from '@playwright/test';
import { open } from './open.ts';

// Unknown addresses answer 404 with the app's own page in the UI language of the address, with
// links back; an unknown sentence or glossary entry in an otherwise good address is a notice.

const UNKNOWN = [
  { path: '/read/nope', lang: 'en' },
  { path: '/read/premiere-position/nope', lang: 'en' },
  { path: '/glossary/nope', lang: 'en' },
  { path: '/nope', lang: 'en' },
  { path: '/fr/read/nope', lang: 'fr' },
  { path: '/fr/glossary/nope', lang: 'fr' },
  { path: '/fr/nope', lang: 'fr' }
] as const;

const TEXT = {
  en: {
    heading: 'Page not found',
    library: { link: 'Go to the library', path: '/' },
    glossary: { link: 'Browse the glossary', path: '/glossary', heading: 'Glossary' }
  },
  fr: {
    heading: 'Page introuvable',
    library: { link: 'Aller à la bibliothèque', path: '/fr' },
    glossary: { link: 'Parcourir le glossaire', path: '/fr/glossary', heading: 'Glossaire' }
  }
} as const;

async function expectNotFoundPage(page: Page, lang: 'en' | 'fr') {
  const text = TEXT[lang];
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1, name: text.heading })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${text.heading} — `));
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: text.library.link })).toHaveAttribute(
    'href',
    text.library.path
  );
  await expect(main.getByRole('link', { name: text.glossary.link })).toHaveAttribute(
    'href',
    text.glossary.path
  );
}

test.describe('unknown addresses', () => {
  for (const { path, lang } of UNKNOWN) {
    test(`${path} answers 404 with the ${lang} error page and links back`, async ({ page }) => {
      const response = await open(page, path);
      expect(response!.status()).toBe(404);
      await expectNotFoundPage(page, lang);
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      const text = TEXT[lang];
      await page.getByRole('main').getByRole('link', { name: text.glossary.link }).click();
      await expect(page).toHaveURL(new RegExp(`${text.glossary.path}$`));
      await expect(
        page.getByRole('heading', { level: 1, name: text.glossary.heading })
      ).toBeVisible();
    });
  }

  test('the library link of the error page leads home', async ({ page }) => {
    await open(page, '/fr/read/premiere-position/nope');
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.getByRole('main').getByRole('link', { name: TEXT.fr.library.link }).click();
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('the prerendered 404 pages for static hosts speak their language', async ({ page }) => {
    for (const [path, lang] of [
      ['/404', 'en'],
      ['/fr/404', 'fr']
    ] as const) {
      await open(page, path);
      await expectNotFoundPage(page, lang);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, lang } of UNKNOWN) {
    test(`${path} still renders its 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response!.status()).toBe(404);
      await expectNotFoundPage(page, lang);
    });
  }

  test('the prerendered 404 pages render', async ({ page }) => {
    await page.goto('/fr/404');
    await expectNotFoundPage(page, 'fr');
    await page.goto('/404');
    await expectNotFoundPage(page, 'en');
  });
});

test.describe('unknown sentence or entry in a good address', () => {
  const SEGMENT = {
    en: {
      path: '/read/premiere-position#s-9.9',
      says: 'There is no sentence 9.9 in this chapter.'
    },
    fr: { path: '/fr/read/premiere-position#s-9.9', says: 'Ce chapitre n’a pas de phrase 9.9.' }
  } as const;
  const ENTRY = {
    en: {
      path: '/read/premiere-position?entity=nobody',
      says: 'No glossary entry is called “nobody”.'
    },
    fr: {
      path: '/fr/read/premiere-position?entity=nobody',
      says: 'Aucune fiche du glossaire ne s’appelle « nobody ».'
    }
  } as const;

  for (const lang of ['en', 'fr'] as const) {
    test(`an unknown sentence gets a dismissible notice (${lang})`, async ({ page }) => {
      const response = await open(page, SEGMENT[lang].path);
      expect(response!.status()).toBe(200);
      const notice = page.getByRole('status').filter({ hasText: SEGMENT[lang].says });
      await expect(notice).toBeVisible();
      await expect(
        notice.getByRole('link', {
          name: lang === 'fr' ? 'Aller au début du chapitre' : 'Go to the start of the chapter'
        })
      ).toHaveAttribute('href', SEGMENT[lang].path.replace('#s-9.9', ''));
      await notice.getByRole('button', { name: lang === 'fr' ? 'Fermer' : 'Dismiss' }).click();
      await expect(page.getByText(SEGMENT[lang].says)).toBeHidden();
    });

    test(`a known sentence gets no notice (${lang})`, async ({ page }) => {
      await open(page, SEGMENT[lang].path.replace('9.9', '1.2'));
      await expect(page.locator('.url-notice')).toHaveCount(0);
    });

    test(`an unknown entry says there is no such entry (${lang})`, async ({ page }) => {
      await open(page, ENTRY[lang].path);
      const card = page.getByRole('dialog', { name: ENTRY[lang].says });
      await expect(card).toBeVisible();
      const link = card.getByRole('link', { name: TEXT[lang].glossary.link });
      await expect(link).toHaveAttribute('href', TEXT[lang].glossary.path);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${TEXT[lang].glossary.path}$`));
    });
  }
});
