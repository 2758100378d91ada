import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open } from './open.ts';

// Issue 17 §1: any French word of the reader opens a card with its lemma and English senses.
const READER = '/read/premiere-position';
const seg = (page: Page, id: string) => page.locator(`[id="s-${id}"]`);

/** The viewport point at the middle of a word of a segment's French side (first occurrence). */
async function wordPoint(page: Page, segment: string, word: string, language = 'fr') {
  return page.evaluate(
    ([segment, word, language]) => {
      const row = document.getElementById(`s-${segment}`)!;
      // Near the top of the viewport: on a phone the card covers the lower half.
      row.scrollIntoView({ block: 'start' });
      scrollBy(0, -90);
      const side = row.querySelector(`.seg.${language}`)!;
      const walker = document.createTreeWalker(side, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.search(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u'));
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`${word} not in ${segment}`);
    },
    [segment, word, language] as const
  );
}

/** Selects a word of a segment's French side, as a reader would with the keyboard or mouse. */
async function selectWord(page: Page, segment: string, word: string) {
  await page.evaluate(
    ([segment, word]) => {
      const side = document.getElementById(`s-${segment}`)!.querySelector('.seg.fr')!;
      const walker = document.createTreeWalker(side, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    },
    [segment, word] as const
  );
}

test('a click on a plain French word opens its word card, and Esc closes it', async ({
  page
}, testInfo) => {
  test.setTimeout(60_000); // axe over a whole chapter
  await open(page, READER);
  const { x, y } = await wordPoint(page, '1.4', 'formée');
  await page.mouse.click(x, y);
  const card = page.getByRole('dialog', { name: 'formée' });
  await expect(card).toBeVisible();
  await expect(card.locator('.word-lemma').first()).toHaveText('former');
  await expect(card.locator('.word-senses li').first()).toContainText(/form/);
  await expect(card.locator('.term-example p[lang="en"]')).toContainText('1922');
  await expect(card.getByRole('link', { name: 'FreeDict French–English' })).toHaveAttribute(
    'href',
    '/lexicon/senses/NOTICE.txt'
  );
  await expect(card.locator('#card-title')).toBeFocused();
  await page.screenshot({ path: `/tmp/word-card-${testInfo.project.name}.png` });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(seg(page, '1.4')).toBeFocused();
});

test('another French word switches the open card; an English word opens none', async ({ page }) => {
  await open(page, READER);
  let point = await wordPoint(page, '1.9', 'utiliser');
  await page.mouse.click(point.x, point.y);
  await expect(
    page.getByRole('dialog', { name: 'utiliser' }).locator('.word-lemma').first()
  ).toHaveText('utiliser');
  // On a phone the card is a bottom sheet over the lower screen, where the next word may lie:
  // there it is closed first, and the next word opens a card of its own.
  if (test.info().project.name === 'phone') {
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  point = await wordPoint(page, '1.9', 'devenir');
  await page.mouse.click(point.x, point.y);
  await expect(page.getByRole('dialog', { name: 'devenir' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  // English words do nothing new.
  point = await wordPoint(page, '1.9', 'using', 'en');
  await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(500);
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('a marked term and a mention still open their own cards', async ({ page }) => {
  await open(page, READER);
  await seg(page, '1.9').locator('.fr [data-term="neanmoins"]').click();
  await expect(page.getByRole('dialog', { name: 'Néanmoins' }).locator('.term-gloss')).toHaveText(
    'nevertheless'
  );
  await page.keyboard.press('Escape');
  await seg(page, '1.9').locator('.fr a[data-entity="first-secretary"]').click();
  await expect(page.getByRole('dialog', { name: /first secretary/i })).toBeVisible();
});

test('a selection ending with a click opens no word card', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'a mouse drag');
  await open(page, READER);
  const from = await wordPoint(page, '1.4', 'expansion');
  const to = await wordPoint(page, '1.4', 'complexité');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the keyboard: select a word, press w', async ({ page }) => {
  await open(page, READER);
  await selectWord(page, '1.9', 'devenir');
  await page.keyboard.press('w');
  const card = page.getByRole('dialog', { name: 'devenir' });
  await expect(card.locator('.word-lemma').first()).toHaveText('devenir');
  await expect(card.locator('.word-senses li').first()).toContainText('become');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(seg(page, '1.9')).toBeFocused();
  // In a marked term, the term's card wins over the dictionary.
  await selectWord(page, '1.9', 'puissant');
  await page.keyboard.press('w');
  await expect(page.getByRole('dialog', { name: 'puissant' }).locator('.term-gloss')).toBeVisible();
  // The key is listed with the other shortcuts.
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'Look up the selected French word'
  );
});

test('without the dictionary, the card says so and offers a search in the texts', async ({
  page
}) => {
  await page.route('**/lexicon/**', (route) => route.fulfill({ status: 404 }));
  await open(page, READER);
  const { x, y } = await wordPoint(page, '1.9', 'utiliser');
  await page.mouse.click(x, y);
  const card = page.getByRole('dialog', { name: 'utiliser' });
  await expect(card).toContainText('The dictionary could not be loaded.');
  await expect(card.getByRole('link', { name: 'Search the texts for “utiliser”' })).toHaveAttribute(
    'href',
    '/search?q=utiliser'
  );
});
