import { expect, test, type Page } from '@playwright/test';

/**
 * WCAG 3.1.2: every piece of text must sit under the right `lang`. For each visible text node,
 * the nearest ancestor with a lang attribute must say the language the text is in.
 */
async function langOfTexts(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((roots) =>
    roots.flatMap((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const out: { text: string; lang: string | null }[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        if (!text) continue;
        out.push({
          text,
          lang: node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? null
        });
      }
      return out;
    })
  );
}

test('French segments are marked fr, English segments en, interface text the UI language', async ({
  page
}) => {
  await page.goto('/fr/read/premiere-position');
  for (const { text, lang } of await langOfTexts(page, '.segment > .fr'))
    expect(lang, text).toBe('fr');
  for (const { text, lang } of await langOfTexts(page, '.segment > .en'))
    expect(lang, text).toBe('en');
  for (const { text, lang } of await langOfTexts(page, '.site-header nav, .reader-toolbar')) {
    expect(lang, text).toBe('fr');
  }
});

test('a card marks names by their language inside an English interface', async ({ page }) => {
  await page.goto('/read/premiere-position?entity=khrushchev');
  const card = page.getByRole('dialog', { name: 'Nikita Khrushchev' });
  await expect(card).toBeVisible();
  await expect(card.getByText('Nikita Khrouchtchev', { exact: true })).toHaveAttribute(
    'lang',
    'fr'
  );
  await expect(card.getByText('Никита Сергеевич Хрущёв', { exact: true })).toHaveAttribute(
    'lang',
    'ru'
  );
  for (const { text, lang } of await langOfTexts(page, 'dialog[open] .entry-summary p')) {
    expect(lang, text).toBe('en');
  }
});
