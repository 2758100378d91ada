import { expect, test, type Page } from '@playwright/test';
import { open } from './open.ts';
import { finishSpeaking, installSpeechDouble, removeSpeech, spoken } from './speech-double.ts';

const READER = '/read/premiere-position';
const seg = (page: Page, id: string) => page.locator(`[id="s-${id}"]`);
const FRENCH_VOICE = [
  { lang: 'en-US', name: 'Test English' },
  { lang: 'fr-FR', name: 'Test French' }
];

test.describe('vocabulary', () => {
  test('a term opens its own card with the gloss for its sentence', async ({ page }) => {
    await open(page, READER);
    await seg(page, '1.9').locator('.fr [data-term="neanmoins"]').click();
    const card = page.getByRole('dialog', { name: 'Néanmoins' });
    await expect(card).toBeVisible();
    await expect(card.locator('.term-gloss')).toHaveText('nevertheless');
    await expect(card.locator('.term-grammar')).toContainText('adverb');
    await expect(card.locator('.term-example p[lang="fr"]')).toContainText(
      'Néanmoins, Nikita S. Khrouchtchev'
    );
    await page.keyboard.press('Escape');
    await expect(seg(page, '1.9').locator('.fr [data-term="neanmoins"]')).toBeFocused();
  });

  test('a term inside a mention opens the term, and its English match is shown', async ({
    page
  }) => {
    await open(page, READER);
    await seg(page, '1.11').locator('.fr [data-term="officieux"]').click();
    const card = page.getByRole('dialog', { name: 'officieux' });
    await expect(card.locator('.term-gloss')).toHaveText('unofficial');
    // A noun shows its gender; the card of a term clicked in English is the same term.
    await page.keyboard.press('Escape');
    await seg(page, '1.5').locator('.en [data-term="affectations"]').click();
    const noun = page.getByRole('dialog', { name: 'affectations' });
    await expect(noun.locator('.term-grammar')).toContainText('noun, feminine');
    await expect(noun.getByText('In the translation:')).toBeVisible();
  });

  test('hovering or focusing a term lights up its English words', async ({ page }) => {
    await open(page, READER);
    await seg(page, '1.9').locator('.fr [data-term="a-reussi-a"]').focus();
    await expect(seg(page, '1.9').locator('.en [data-term="a-reussi-a"]')).toHaveClass(
      /is-counterpart/
    );
    await expect(seg(page, '1.9').locator('.en [data-term="a-reussi-a"]')).toHaveText(
      'succeeded in'
    );
  });

  test('terms can be hidden, and the choice is remembered', async ({ page }) => {
    await open(page, READER);
    const term = seg(page, '1.6').locator('.fr [data-term="destitue"]');
    const decoration = () => term.evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(await decoration()).toBe('underline');
    await page.getByLabel('Mark vocabulary').uncheck();
    expect(await decoration()).toBe('none');
    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    expect(await decoration()).toBe('none');
    await expect(page.getByLabel('Mark vocabulary')).not.toBeChecked();
  });

  test('the vocabulary page lists at least 40 terms, each linked to its sentence', async ({
    page
  }) => {
    await open(page, READER);
    await page.getByRole('link', { name: /Vocabulary \(\d+\)/ }).click();
    await expect(page).toHaveURL(/\/vocabulary\/premiere-position$/);
    const items = page.locator('.vocabulary-item');
    expect(await items.count()).toBeGreaterThanOrEqual(40);
    const destitue = page.locator('#t-destitue');
    await expect(destitue.locator('[lang="fr"]').first()).toHaveText('destituer');
    await destitue.getByRole('link').click();
    await expect(page).toHaveURL(/\/read\/premiere-position#s-1\.6$/);
  });
});

test.describe('hide and reveal', () => {
  test('each English segment stays hidden until revealed, with a count', async ({ page }) => {
    await open(page, READER);
    await page.getByLabel('Hide the translation').check();
    const status = page.locator('.reveal-count');
    await expect(status).toHaveText('0 of 16 revealed');
    const en = seg(page, '1.1').locator('.en');
    await expect(en).toBeHidden();
    await expect(en).toHaveAttribute('aria-hidden', 'true');
    await seg(page, '1.1')
      .getByRole('button', { name: /Show the translation/ })
      .click();
    await expect(en).toBeVisible();
    await expect(en).not.toHaveAttribute('aria-hidden');
    await expect(status).toHaveText('1 of 16 revealed');
    // The keyboard reveals too.
    await seg(page, '1.2')
      .getByRole('button', { name: /Show the translation/ })
      .focus();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('2 of 16 revealed');
    await page.getByRole('button', { name: 'Reveal all' }).click();
    await expect(status).toHaveText('16 of 16 revealed');
    await expect(seg(page, '2.2').locator('.en')).toBeVisible();
    await page.getByRole('button', { name: 'Hide all' }).click();
    await expect(status).toHaveText('0 of 16 revealed');
    await expect(seg(page, '1.1').locator('.en')).toBeHidden();
  });

  test('works interlinear too, and the mode is remembered', async ({ page }) => {
    await open(page, `${READER}?layout=interlinear`);
    await page.getByLabel('Hide the translation').check();
    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await expect(page.getByLabel('Hide the translation')).toBeChecked();
    await expect(seg(page, '1.3').locator('.en')).toBeHidden();
    const fr = (await seg(page, '1.3').locator('.fr').boundingBox())!;
    const button = seg(page, '1.3').getByRole('button', { name: /Show the translation/ });
    const box = (await button.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(fr.y + fr.height - 1);
    await button.click();
    await expect(seg(page, '1.3').locator('.en')).toBeVisible();
  });
});

test.describe('read aloud', () => {
  test('a French segment is read in a French voice at the chosen speed, and marked meanwhile', async ({
    page
  }) => {
    await installSpeechDouble(page, FRENCH_VOICE);
    await open(page, READER);
    const row = seg(page, '1.4');
    await row.getByRole('button', { name: /Read this sentence aloud/ }).click();
    await expect(row).toHaveClass(/is-speaking/);
    const [first] = await spoken(page);
    expect(first).toEqual({
      text: "En 1922, en reconnaissance de l'expansion de l'organisation du parti et de la complexité de l'URSS nouvellement formée, un secrétaire général a été nommé.",
      rate: 1,
      lang: 'fr-FR'
    });
    await finishSpeaking(page);
    await expect(row).not.toHaveClass(/is-speaking/);

    await page.getByLabel('Reading speed').fill('0.7');
    await seg(page, '2.1')
      .getByRole('button', { name: /Read this sentence aloud/ })
      .click();
    expect((await spoken(page))[1]!.rate).toBe(0.7);
    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await expect(page.getByLabel('Reading speed')).toHaveValue('0.7');
  });

  test('a term card reads its word aloud', async ({ page }) => {
    await installSpeechDouble(page, FRENCH_VOICE);
    await open(page, READER);
    await seg(page, '1.7').locator('.fr [data-term="habile"]').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Listen' }).click();
    expect((await spoken(page)).map((s) => s.text)).toEqual(['habile']);
  });

  test('without speech synthesis the buttons say so', async ({ page }) => {
    await removeSpeech(page);
    await open(page, READER);
    // Every button is described by the one note that says why it cannot read.
    const button = seg(page, '1.1').getByRole('button', { name: /Read this sentence aloud/ });
    await expect(button).toHaveAccessibleDescription(/not available/);
    await expect(page.locator('.reader')).toHaveAttribute('data-speech', 'unavailable');
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: 'not available' })).toBeVisible();
  });

  test('without a French voice the buttons say so', async ({ page }) => {
    await installSpeechDouble(page, [{ lang: 'en-US', name: 'Test English' }]);
    await open(page, READER);
    await expect(
      seg(page, '2.2').getByRole('button', { name: /Read this sentence aloud \(2\.2\)/ })
    ).toHaveAccessibleDescription(/No French voice/);
  });
});

test.describe('reading progress', () => {
  test('the library offers to continue where the reader left off', async ({ page }) => {
    await open(page, READER);
    // Midway, with the end of the text (which marks it finished) still out of view.
    await page.locator('[id="s-1.4"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      const row = document.getElementById('s-1.4')!;
      window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY - 100);
    });
    await page.waitForTimeout(800);
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    const item = page.locator('.library-item', { hasText: 'Première position' });
    const resume = item.getByRole('link', { name: 'Continue reading' });
    await expect(resume).toHaveAttribute('href', /\/read\/premiere-position#s-1\.[345]$/);
    await expect(item.getByText(/\d+% read/)).toBeVisible();
    await resume.click();
    await expect(page.locator('[id^="s-1."]:target')).toBeInViewport();
  });

  test('a corrupt record is ignored', async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem('bilingual-reader/v1/progress', '{not json')
    );
    await open(page, '/');
    await expect(page.getByRole('link', { name: 'Continue reading' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Read/ }).first()).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term links to its entry on the vocabulary page', async ({ page }) => {
    await page.goto(READER);
    await seg(page, '1.9').locator('.fr a[data-term="neanmoins"]').click();
    await expect(page).toHaveURL(/\/vocabulary\/premiere-position#t-neanmoins$/);
    await expect(page.locator('#t-neanmoins')).toBeInViewport();
  });
});
