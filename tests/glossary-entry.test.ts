import { expect, test, type Page } from '@playwright/test';
import { open } from './open.ts';
import { FIXTURE_PORT } from '../playwright.config.ts';

// tests/fixtures/texts, built as a second site: "politburo" names its entry in 15 sentences over
// three chapters (4, 8 and 3), more than an entry page quotes in full.
const SITE = `http://127.0.0.1:${FIXTURE_PORT}`;
const ENTRY = `${SITE}/glossary/politburo`;

const mentions = (page: Page) =>
  page.locator('section', { has: page.locator('#mentions-title') }).first();

/** What the page says about the mentions, the same with or without JavaScript. */
async function expectBoundedMentions(page: Page) {
  const section = mentions(page);
  await expect(section).toContainText('Mentioned 15 times');
  await expect(section).toContainText('15 sentences in 3 of its 3 chapters');
  await expect(section.getByRole('heading', { level: 4 })).toHaveText([
    'The first 10 sentences, in both languages',
    'Chapter by chapter'
  ]);
  // The first ten in reading order, in both languages, each linking to its sentence.
  const sources = section.locator('.mention-source');
  await expect(sources).toHaveCount(10);
  await expect(sources.first()).toHaveAttribute('href', '/read/politburo#s-p1.1');
  await expect(sources.last()).toHaveAttribute('href', '/read/politburo/p2#s-p2.6');
  await expect(section.locator('.mention-list blockquote').last()).toContainText(
    /Le Politburo reprend son nom en 1966\.\s*The Politburo takes its name back in 1966\./
  );
  await expect(section.locator('.mention-chapter')).toHaveText([
    'Chapter 1 — Les débuts',
    'Chapter 2 — Les années de Staline'
  ]);
  // The rest of the quoted chapter: a link to the first sentence left, with the card's walk.
  await expect(section.locator('.mention-more a')).toHaveText('2 more sentences in this chapter');
  await expect(section.locator('.mention-more a')).toHaveAttribute(
    'href',
    '/read/politburo/p2?entity=politburo&mention=10#s-p2.7'
  );
  // Every chapter that names it, with its count and a link to its first mention.
  const index = section.getByRole('list', { name: 'Chapter by chapter' });
  await expect(index.getByRole('listitem')).toHaveText([
    /Chapter 1\s— Les débuts\s*4 sentences/,
    /Chapter 2\s— Les années de Staline\s*8 sentences/,
    /Chapter 3\s— La fin\s*3 sentences/
  ]);
  const links = index.getByRole('link');
  await expect(links.nth(0)).toHaveAttribute(
    'href',
    '/read/politburo?entity=politburo&mention=0#s-p1.1'
  );
  await expect(links.nth(2)).toHaveAttribute(
    'href',
    '/read/politburo/p3?entity=politburo&mention=12#s-p3.1'
  );
}

test('an entry page quotes the first sentences and indexes the rest by chapter', async ({
  page
}) => {
  await open(page, ENTRY);
  await expectBoundedMentions(page);
});

test('"more in this chapter" opens the reader on the next mention, with its card', async ({
  page
}) => {
  await open(page, ENTRY);
  await mentions(page).locator('.mention-more a').click();
  await expect(page).toHaveURL(/\/read\/politburo\/p2\?entity=politburo&mention=10#s-p2\.7$/);
  const card = page.getByRole('dialog', { name: 'Politburo' });
  await expect(card.getByText('Mention 11 of 15')).toBeVisible();
  await expect(page.locator('[id="s-p2.7"]')).toHaveClass(/is-marked/);
  // The card steps on through the mentions the page did not quote.
  await card.getByRole('button', { name: 'Next mention' }).click();
  await expect(card.getByText('Mention 12 of 15')).toBeVisible();
  await expect(page.locator('[id="s-p2.8"]')).toHaveClass(/is-marked/);
});

test('a short list is quoted whole, without a chapter index', async ({ page }) => {
  await open(page, `${SITE}/glossary/lenin`);
  const section = mentions(page);
  await expect(section.getByRole('heading', { level: 4 })).toHaveText([
    'Every sentence, in both languages',
    'Chapter by chapter'
  ]);
  await expect(section.locator('.mention-more')).toHaveCount(0);
  // Sverdlov is named by the real site's first text alone, which has no chapters: no index.
  await open(page, '/glossary/sverdlov');
  await expect(mentions(page).getByRole('heading', { level: 4 })).toHaveText(
    'Every sentence, in both languages'
  );
  await expect(mentions(page).locator('.mention-source')).toHaveCount(2);
  await expect(mentions(page).locator('.chapter-index')).toHaveCount(0);
});

test('the French interface says it in French', async ({ page }) => {
  await open(page, `${SITE}/fr/glossary/politburo`);
  const section = mentions(page);
  await expect(section).toContainText('15 phrases dans 3 de ses 3 chapitres');
  await expect(section.getByRole('heading', { level: 4 })).toHaveText([
    'Les 10 premières phrases, dans les deux langues',
    'Chapitre par chapitre'
  ]);
  await expect(section.locator('.mention-more a')).toHaveText('2 autres phrases dans ce chapitre');
  await expect(section.locator('.mention-more a')).toHaveAttribute(
    'href',
    '/fr/read/politburo/p2?entity=politburo&mention=10#s-p2.7'
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the entry page shows the same quotes, counts and links', async ({ page }) => {
    await page.goto(ENTRY);
    await expectBoundedMentions(page);
  });
});
