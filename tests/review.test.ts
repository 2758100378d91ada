import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open } from './open.ts';

// Issue 17 §2–3: word statuses on the word card, and the review page (FSRS) over the words in
// learning and the saved words, kept in IndexedDB.
const READER = '/read/premiere-position';
const KEY = 'bilingual-reader/v1/saved-words';
const TITLE = {
  fr: 'Première position au Parti communiste',
  en: 'The Top Position in the Communist Party'
};
const term = (id: string, fr: string, en: string, sentence: { fr: string; en: string }) => ({
  key: `term:premiere-position:${id}`,
  kind: 'term',
  id,
  text: 'premiere-position',
  textTitle: TITLE,
  word: { fr, en },
  gloss: en,
  sentence,
  savedAt: '2025-03-01T10:00:00.000Z'
});
const WORDS = [
  term('neanmoins', 'Néanmoins', 'nevertheless', {
    fr: 'Néanmoins, il a réussi.',
    en: 'Nevertheless, he succeeded.'
  }),
  term('destitue', 'destitué', 'removed from office', {
    fr: 'Il fut destitué en 1957.',
    en: 'He was removed from office in 1957.'
  }),
  term('officieux', 'officieux', 'unofficial', {
    fr: 'Un titre officieux.',
    en: 'An unofficial title.'
  })
];

/** Puts saved words in storage before the page's scripts run, once per tab. */
async function seed(page: Page) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', 'true');
    },
    [KEY, JSON.stringify({ version: 1, words: WORDS })] as const
  );
}

/** The review cards as stored in IndexedDB. */
const storedCards = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ id: string; card: { due: string; reps: number } }[]>((resolve, reject) => {
        const request = indexedDB.open('bilingual-reader-study');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction('cards').objectStore('cards').getAll();
          get.onsuccess = () => {
            resolve(get.result);
            request.result.close();
          };
        };
      })
  );

/** Opens the word card of a French word of segment 1.4 by clicking it. */
async function openWord(page: Page, word: string) {
  const point = await page.evaluate((word) => {
    const row = document.getElementById('s-1.4')!;
    row.scrollIntoView({ block: 'start' });
    scrollBy(0, -90);
    const side = row.querySelector('.seg.fr')!;
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
    throw new Error(`${word} not in 1.4`);
  }, word);
  await page.mouse.click(point.x, point.y);
  const card = page.getByRole('dialog', { name: word });
  // The lexicon's shards come over a busy machine's network: more than the default 5 s at times.
  await expect(card.locator('.word-lemma').first()).toBeVisible({ timeout: 15_000 });
  return card;
}

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  ).toEqual([]);
}

test('a status set on the word card, by click or key, is there after a reload', async ({
  page
}, testInfo) => {
  test.setTimeout(90_000); // axe over a whole chapter
  await open(page, READER);
  let card = await openWord(page, 'formée');
  const status = (name: string) => card.getByRole('button', { name, exact: true });
  await expect(status('New')).toHaveAttribute('aria-pressed', 'true');
  await status('Learning 2').click();
  await expect(status('Learning 2')).toHaveAttribute('aria-pressed', 'true');
  await expect(status('New')).toHaveAttribute('aria-pressed', 'false');
  await page.screenshot({ path: `/tmp/review-word-card-${testInfo.project.name}.png` });
  await expectNoViolations(page);
  // The keys act while the card is open: 3, then k (known; the reader's k is not stepping).
  await page.keyboard.press('3');
  await expect(status('Learning 3')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('i');
  await expect(status('Ignored')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('k');
  await expect(status('Known')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('4');
  await expect(status('Learning 4')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  card = await openWord(page, 'formée');
  await expect(status('Learning 4')).toHaveAttribute('aria-pressed', 'true');
  // The word in learning is now a review card, with its sentence.
  await page.keyboard.press('Escape');
  await open(page, '/review');
  await expect(page.locator('[data-count="new"]')).toHaveText('1 new');
  await expect(page.locator('.sentence mark')).toHaveText('formée');
});

test('a review session grades three cards, and their due dates move on', async ({
  page
}, testInfo) => {
  test.setTimeout(90_000); // three axe runs
  await seed(page);
  await open(page, '/review');
  await expect(page.locator('[data-count="due"]')).toHaveText('0 due');
  await expect(page.locator('[data-count="new"]')).toHaveText('3 new');
  await expect(page.locator('.sentence mark')).toHaveText('Néanmoins');
  await page.screenshot({ path: `/tmp/review-prompt-${testInfo.project.name}.png` });
  await expectNoViolations(page);
  const before = Date.now();
  for (const [i, grade] of (['Good', 'Easy', 'Hard'] as const).entries()) {
    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.locator('.answer .english')).toBeVisible();
    if (i === 0) {
      await expect(page.locator('.answer h2')).toHaveText('Néanmoins');
      await expect(page.locator('.answer .gloss')).toHaveText('nevertheless');
      await expect(page.locator('.answer .english')).toHaveText('Nevertheless, he succeeded.');
      await page.screenshot({ path: `/tmp/review-answer-${testInfo.project.name}.png` });
      await expectNoViolations(page);
    }
    await page.getByRole('button', { name: new RegExp(`^${grade}\\b`) }).click();
  }
  await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible();
  await expect(page.locator('[data-count="new"]')).toHaveText('0 new');
  await expectNoViolations(page);
  const cards = await storedCards(page);
  expect(cards).toHaveLength(3);
  for (const card of cards) {
    expect(card.card.reps).toBe(1);
    expect(Date.parse(card.card.due)).toBeGreaterThan(before);
  }
  const easy = cards.find((c) => c.id.endsWith(':destitue'))!;
  const good = cards.find((c) => c.id.endsWith(':neanmoins'))!;
  expect(Date.parse(easy.card.due)).toBeGreaterThan(Date.parse(good.card.due));
  // Kept across a reload: nothing is due or new.
  await page.reload();
  await expect(page.locator('[data-count="due"]')).toHaveText('0 due');
  await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible();
});

test('the keyboard alone reviews: Space shows the answer, 1–4 grade', async ({ page }) => {
  await seed(page);
  await open(page, '/review');
  await expect(page.locator('[data-count="new"]')).toHaveText('3 new');
  await page.keyboard.press('Space');
  await expect(page.locator('.answer h2')).toBeFocused();
  await page.keyboard.press('3');
  await expect(page.locator('.sentence mark')).toHaveText('destitué');
  await expect(page.getByRole('status').filter({ hasText: 'Néanmoins' })).toHaveText(
    '“Néanmoins”: Good.'
  );
  await page.keyboard.press('Enter');
  await expect(page.locator('.answer h2')).toHaveText('destitué');
  await page.keyboard.press('1');
  await expect(page.locator('.sentence mark')).toHaveText('officieux');
  await page.keyboard.press('Space');
  await expect(page.locator('.answer h2')).toBeFocused();
  await page.keyboard.press('4');
  await expect(page.locator('[data-count="new"]')).toHaveText('0 new');
  // Again brings destitué back within minutes: not due yet.
  const cards = await storedCards(page);
  const again = cards.find((c) => c.id.endsWith(':destitue'))!;
  expect(Date.parse(again.card.due) - Date.now()).toBeLessThan(2 * 60_000);
});

test('an empty review says how to fill it, in French too', async ({ page }) => {
  await open(page, '/fr/review');
  await expect(page.getByRole('heading', { name: 'Rien à réviser pour l’instant' })).toBeVisible();
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Révision' })
  ).toHaveAttribute('aria-current', 'page');
  await expectNoViolations(page);
});

test('storage failing: the status and the grades work for the visit, and it says so', async ({
  page
}) => {
  test.setTimeout(60_000);
  // As in a private window that refuses site data: opening the database throws.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await seed(page);
  await open(page, READER);
  const card = await openWord(page, 'formée');
  await card.getByRole('button', { name: 'Learning 1', exact: true }).click();
  await expect(card.getByRole('button', { name: 'Learning 1', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true'
  );
  await expect(card.getByText(/for this visit only/)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('navigation').getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('alert')).toContainText('for this visit only');
  await expect(page.locator('[data-count="new"]')).toHaveText('4 new');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Good\b/ }).click();
  await expect(page.locator('[data-count="new"]')).toHaveText('3 new');
});
