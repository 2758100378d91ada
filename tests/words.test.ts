import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { open } from './open.ts';

const KEY = 'bilingual-reader/v1/saved-words';
const TITLE = {
  fr: 'Première position au Parti communiste',
  en: 'The Top Position in the Communist Party'
};

const STALIN = {
  key: 'entry:premiere-position:stalin',
  kind: 'entry',
  id: 'stalin',
  text: 'premiere-position',
  textTitle: TITLE,
  segment: '1.5',
  word: { fr: 'Josef Staline', en: 'Joseph Stalin' },
  gloss: 'Joseph Stalin',
  sentence: {
    fr: 'Josef Staline, qui avait plusieurs autres affectations administratives, est devenu secrétaire général.',
    en: 'Joseph Stalin, who held several other administrative assignments, became general secretary.'
  },
  savedAt: '2025-03-01T10:00:00.000Z'
};
/** A term whose sentence holds what breaks files: a tab, quotes, a comma, a line break, markup. */
const MEMORY = {
  key: 'term:premiere-position:a-la-memoire-phenomenale',
  kind: 'term',
  id: 'a-la-memoire-phenomenale',
  text: 'premiere-position',
  textTitle: TITLE,
  segment: '1.2',
  word: { fr: 'à la mémoire phénoménale', en: 'with a phenomenal memory' },
  lemma: 'mémoire',
  gloss: 'with a "phenomenal" memory',
  sentence: {
    fr: 'Un homme\tà la mémoire phénoménale, « sans égal »\net <rare> & précieux.',
    en: 'A man with a phenomenal memory, "unequalled"\nand <rare> & precious.'
  },
  savedAt: '2025-03-02T10:00:00.000Z'
};
const LENIN = {
  key: 'entry::lenin',
  kind: 'entry',
  id: 'lenin',
  word: { fr: 'Vladimir Lénine', en: 'Vladimir Lenin' },
  gloss: 'Vladimir Lenin',
  savedAt: '2025-02-01T10:00:00.000Z'
};
const WORDS = [MEMORY, STALIN, LENIN];

/** A control's name: its visible label, then (visually hidden) the word it acts on. */
const named = (label: string, word: string) => new RegExp(`^${label}\\s*:\\s*${word}$`);

const isPhone = () => test.info().project.name === 'phone';

/** Puts words in storage before the page's scripts run, once per tab (a reload keeps changes). */
async function seed(page: Page, words: object[] = WORDS) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', 'true');
    },
    [KEY, JSON.stringify({ version: 1, words })] as const
  );
}

const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

async function text(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  ).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test.describe('my words', () => {
  test('lists the saved words grouped by text, each with its sentence in both languages', async ({
    page
  }) => {
    await seed(page);
    await open(page, '/words');
    await expect(page.getByRole('heading', { level: 1, name: 'My words' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'My words' })).toHaveAttribute(
      'aria-current',
      'page'
    );
    await expect(page.getByText('3 saved words', { exact: true })).toBeVisible();

    const groups = page.locator('section.group');
    await expect(groups).toHaveCount(2);
    await expect(groups.nth(0).getByRole('heading', { level: 2 })).toHaveText(TITLE.fr);
    await expect(groups.nth(1).getByRole('heading', { level: 2 })).toHaveText(
      'Saved outside a text'
    );
    // Newest first within a text.
    await expect(groups.nth(0).getByRole('heading', { level: 3 })).toHaveText([
      'à la mémoire phénoménale',
      'Josef Staline'
    ]);
    await expect(groups.nth(1).getByRole('heading', { level: 3 })).toHaveText(['Vladimir Lénine']);

    const stalin = page.locator(`.word[data-key="${STALIN.key}"]`);
    await expect(stalin.getByRole('heading')).toHaveAttribute('lang', 'fr');
    await expect(stalin.locator('blockquote p[lang="fr"]')).toHaveText(STALIN.sentence.fr);
    await expect(stalin.locator('blockquote p[lang="en"]')).toHaveText(STALIN.sentence.en);
    await expect(stalin.locator('blockquote p[lang="fr"] mark')).toHaveText('Josef Staline');
    await expect(stalin.locator('.word-fact [lang]')).toHaveAttribute('lang', 'en');
    await expect(stalin.locator('.word-fact [lang]')).toHaveText('Joseph Stalin');
    await expect(stalin.getByRole('link', { name: 'Read in context' })).toHaveAttribute(
      'href',
      '/read/premiere-position#s-1.5'
    );
    await expect(stalin.getByRole('link', { name: 'Open the entry' })).toHaveAttribute(
      'href',
      '/glossary/stalin'
    );
    const memory = page.locator(`.word[data-key="${MEMORY.key}"]`);
    await expect(memory.getByText('Vocabulary')).toBeVisible();
    await expect(memory.getByText('Dictionary form: mémoire')).toBeVisible();
    await expect(memory.getByRole('link', { name: 'Open the entry' })).toHaveCount(0);

    // The link leads to the sentence in the reader.
    await stalin.getByRole('link', { name: 'Read in context' }).click();
    await expect(page).toHaveURL(/\/read\/premiere-position#s-1\.5$/);
    await expect(page.locator('[id="s-1.5"]')).toBeInViewport();
  });

  test('a word can be removed, the removal undone, and it stays removed', async ({ page }) => {
    await seed(page);
    await open(page, '/words');
    await page.getByRole('button', { name: named('Remove', 'Josef Staline') }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Josef Staline' })).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: '“Josef Staline” removed.' })
    ).toBeVisible();
    // Focus goes to the next word's Remove button, not to the page.
    await expect(
      page.getByRole('button', { name: named('Remove', 'Vladimir Lénine') })
    ).toBeFocused();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Josef Staline' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: named('Remove', 'Josef Staline') })
    ).toBeFocused();

    await page.getByRole('button', { name: named('Remove', 'à la mémoire phénoménale') }).click();
    await expect(page.getByText('2 saved words', { exact: true })).toBeVisible();
    expect((await stored(page)).words.map((w: { id: string }) => w.id)).toEqual([
      'stalin',
      'lenin'
    ]);
    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 3 })).toHaveText([
      'Josef Staline',
      'Vladimir Lénine'
    ]);
  });

  test('clearing all asks first, and cancelling keeps everything', async ({ page }) => {
    await seed(page);
    await open(page, '/words');
    await page.getByRole('button', { name: 'Clear all' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove all your saved words?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('All 3 saved words will be removed');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Clear all' })).toBeFocused();
    await expect(page.locator('.word')).toHaveCount(3);

    await page.getByRole('button', { name: 'Clear all' }).click();
    await dialog.getByRole('button', { name: 'Remove all' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.word')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'No saved words yet' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'All saved words removed.' })
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Choose a text in the library' })).toHaveAttribute(
      'href',
      '/'
    );
    expect(await stored(page)).toEqual({ version: 1, words: [] });
    await expect(page.getByRole('button', { name: 'Export for Anki (TSV)' })).toBeDisabled();
  });

  test('exports an Anki file: header lines, one note per line, fields as HTML', async ({
    page
  }) => {
    await seed(page);
    await open(page, '/words');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export for Anki (TSV)' }).click()
    ]);
    expect(download.suggestedFilename()).toMatch(/^my-words-\d{4}-\d{2}-\d{2}\.tsv$/);
    const lines = (await text(download)).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:true',
      '#columns:Front\tBack\tTags\tData',
      '#tags column:3'
    ]);
    const notes = lines.slice(4).filter((line) => line !== '');
    expect(notes).toHaveLength(3);
    for (const note of notes) expect(note.split('\t')).toHaveLength(4);
    // Oldest first: the order the words were met in.
    const [lenin, stalin, memory] = notes.map((note) => note.split('\t'));
    expect(lenin![0]).toBe('<b>Vladimir Lénine</b>');
    expect(stalin![0]).toBe(
      `<b>Josef Staline</b><br><b>Josef Staline</b>${STALIN.sentence.fr.slice(13)}`
    );
    expect(stalin![1]).toBe(
      `<b>Joseph Stalin</b><br><b>Joseph Stalin</b>${STALIN.sentence.en.slice(13)}`
    );
    expect(stalin![2]).toBe('bilingual-reader premiere-position');
    expect(memory![0]).toBe(
      '<b>à la mémoire phénoménale</b> (mémoire)<br>Un homme&#9;<b>à la mémoire phénoménale</b>, « sans égal »<br>et &lt;rare&gt; &amp; précieux.'
    );
    expect(memory![1]).toBe(
      '<b>with a &quot;phenomenal&quot; memory</b><br>A man <b>with a phenomenal memory</b>, &quot;unequalled&quot;<br>and &lt;rare&gt; &amp; precious.'
    );
    await expect(
      page.getByRole('status').filter({ hasText: /3 words exported to my-words-/ })
    ).toBeVisible();
  });

  test('exports a CSV file with RFC 4180 quoting', async ({ page }) => {
    await seed(page);
    await open(page, '/words');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as CSV' }).click()
    ]);
    expect(download.suggestedFilename()).toMatch(/^my-words-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await text(download);
    expect(
      csv.startsWith(
        '\uFEFFkind,id,text,segment,french,english,lemma,gloss,sentence_fr,sentence_en,saved_at'
      )
    ).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      // …then text_title_fr, text_title_en and chapter, all empty for a word met outside a text.
      'entry,lenin,,,Vladimir Lénine,Vladimir Lenin,,Vladimir Lenin,,,2025-02-01T10:00:00.000Z,,,'
    );
    expect(csv).toContain(
      `"Un homme\tà la mémoire phénoménale, « sans égal »\net <rare> & précieux.","A man with a phenomenal memory, ""unequalled""\nand <rare> & precious."`
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('imports an exported file back, skipping words already saved', async ({ page }) => {
    // Export from one visit…
    await seed(page);
    await open(page, '/words');
    const [tsv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export for Anki (TSV)' }).click()
    ]);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as CSV' }).click()
    ]);
    // …clear everything, and import it back.
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove all' }).click();
    await expect(page.locator('.word')).toHaveCount(0);

    const input = page.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'words.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: Buffer.from(await text(tsv))
    });
    await expect(
      page.getByRole('status').filter({ hasText: '3 words added from words.tsv.' })
    ).toBeVisible();
    await expect(page.locator('.word')).toHaveCount(3);
    expect((await stored(page)).words).toEqual(WORDS);

    await input.setInputFiles({
      name: 'words.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(await text(csv))
    });
    await expect(
      page.getByRole('status').filter({
        hasText: 'No new words in words.csv. 3 were already saved and were skipped.'
      })
    ).toBeVisible();
    expect((await stored(page)).words).toEqual(WORDS);
  });

  test('an import reports the lines it could not read and keeps the others', async ({ page }) => {
    await open(page, '/words');
    await expect(page.getByRole('heading', { name: 'No saved words yet' })).toBeVisible();
    const csv = [
      'kind,id,text,segment,french,english',
      'entry,brezhnev,premiere-position,2.1,Léonid Brejnev,Leonid Brezhnev',
      'noun,x,,,y,z',
      'term,poste,premiere-position,1.2,"le poste, enfin",the post'
    ].join('\r\n');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'mine.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv)
    });
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: '2 words added from mine.csv. 1 line could not be read:' })
    ).toBeVisible();
    await expect(page.locator('.line-errors li')).toHaveText([
      'Line 3: this is not a word (kind must be “entry” or “term”; id and french are required).'
    ]);
    await expect(page.getByRole('heading', { level: 3 })).toHaveText([
      'Léonid Brejnev',
      'le poste, enfin'
    ]);

    await page.locator('input[type="file"]').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('just some notes, nothing else')
    });
    await expect(
      page.getByRole('status').filter({ hasText: 'notes.txt could not be read.' })
    ).toBeVisible();
  });
});

test.describe('my words when storage fails', () => {
  test('corrupt storage: the page works, starts empty and says the list could not be read', async ({
    page
  }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, '{not json');
      sessionStorage.setItem('seeded', 'true');
    }, KEY);
    await open(page, '/words');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your saved words could not be read');
    await expect(page.getByRole('heading', { name: 'No saved words yet' })).toBeVisible();
    // The damaged value stays until the reader saves something…
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{not json');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'one.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('kind,id,french,english\r\nentry,lenin,Lénine,Lenin\r\n')
    });
    // …which replaces it with a good list, and the warning goes.
    await expect(page.locator('.word')).toHaveCount(1);
    await expect(alert).toHaveCount(0);
    expect((await stored(page)).words.map((w: { id: string }) => w.id)).toEqual(['lenin']);
  });

  test('unavailable storage: the page works in memory and says words will not be kept', async ({
    page
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        }
      });
    });
    await open(page, '/words');
    await expect(page.getByRole('alert')).toContainText(
      'your words are kept only until you leave or reload this page'
    );
    await page.locator('input[type="file"]').setInputFiles({
      name: 'two.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'kind,id,french,english\r\nentry,lenin,Lénine,Lenin\r\nentry,stalin,Staline,Stalin\r\n'
      )
    });
    await expect(page.locator('.word')).toHaveCount(2);
    await page.getByRole('button', { name: named('Remove', 'Lénine') }).click();
    await expect(page.locator('.word')).toHaveCount(1);
    await expect(page.getByRole('alert')).toBeVisible();
  });
});

test.describe('my words in French, on a phone, and for everyone', () => {
  test('the French page', async ({ page }) => {
    await seed(page);
    await open(page, '/fr/words');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Mes mots' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Mes mots' })).toHaveAttribute(
      'aria-current',
      'page'
    );
    await expect(page.getByText('3 mots enregistrés', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Enregistrés hors d’un texte' })
    ).toBeVisible();
    await expect(
      page
        .locator(`.word[data-key="${STALIN.key}"]`)
        .getByRole('link', { name: 'Lire dans le texte' })
    ).toHaveAttribute('href', '/fr/read/premiere-position#s-1.5');
    await expect(page.getByRole('button', { name: 'Exporter pour Anki (TSV)' })).toBeVisible();
    await page.getByRole('button', { name: named('Retirer', 'Josef Staline') }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '« Josef Staline » retiré.' })
    ).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en CSV' }).click()
    ]);
    expect(download.suggestedFilename()).toMatch(/^mes-mots-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  test('without JavaScript the page says the list needs it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, note] of [
      ['/words', 'Your saved words are kept in this browser, so showing them needs JavaScript.'],
      ['/fr/words', 'il faut JavaScript pour les afficher']
    ]) {
      const response = await page.goto(path!);
      expect(response?.status()).toBe(200);
      // (Playwright's text search skips <noscript>: find the note by its class.)
      await expect(page.locator('p.no-script')).toBeVisible();
      await expect(page.locator('p.no-script')).toContainText(note!);
    }
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no accessibility violations and no horizontal scroll, ${scheme} theme`, async ({
      page
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await seed(page);
      await open(page, '/words');
      await expect(page.locator('.word')).toHaveCount(3);
      await expectNoViolations(page);
      await expectNoHorizontalScroll(page);
      await page.getByRole('button', { name: 'Clear all' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole('dialog').getByRole('button', { name: 'Remove all' }).click();
      await expect(page.getByRole('heading', { name: 'No saved words yet' })).toBeVisible();
      await expectNoViolations(page);
      await expectNoHorizontalScroll(page);
      await open(page, '/fr/words');
      await expectNoViolations(page);
      await expectNoHorizontalScroll(page);
    });
  }

  test('the storage warning is accessible too', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, '{not json'), KEY);
    await open(page, isPhone() ? '/fr/words' : '/words');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page);
    await expectNoHorizontalScroll(page);
  });
});

test.describe('saving from a card', () => {
  test('the star in a card saves the entry with its text, and the page lists it', async ({
    page
  }) => {
    await open(page, '/read/premiere-position?entity=stalin');
    const card = page.getByRole('dialog', { name: 'Joseph Stalin' });
    await expect(card).toBeVisible();
    const save = card.getByRole('button', { name: 'Save' });
    await expect(save).toHaveAttribute('aria-pressed', 'false');
    await save.click();
    await expect(save).toHaveAttribute('aria-pressed', 'true');
    await expect(save).toHaveText('Saved');
    await expect(card.getByRole('status').filter({ hasText: 'saved to My words' })).toBeAttached();
    const saved = (await stored(page)).words;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      kind: 'entry',
      id: 'stalin',
      word: { fr: 'Joseph Staline', en: 'Joseph Stalin' }
    });

    // The page lists it: under its text when the card knew where it was met, else on its own.
    await page.keyboard.press('Escape');
    await open(page, '/words');
    const word = page.locator(`.word[data-key="${saved[0].key}"]`);
    await expect(word.getByRole('heading', { level: 3 })).toHaveText('Joseph Staline');
    await expect(page.locator('section.group').getByRole('heading', { level: 2 })).toHaveText(
      saved[0].text ? TITLE.fr : 'Saved outside a text'
    );
  });

  test('a card opened from a mention saves the sentence it was met in', async ({ page }) => {
    await open(page, '/read/premiere-position');
    const mention = page.locator('[id="s-1.5"] .fr a[data-entity="stalin"]');
    if (isPhone()) await mention.tap();
    else await mention.click();
    const card = page.getByRole('dialog', { name: 'Joseph Stalin' });
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByRole('button', { name: 'Saved' })).toHaveAttribute(
      'aria-pressed',
      'true'
    );
    const [saved] = (await stored(page)).words;
    expect(saved).toMatchObject({
      key: 'entry:premiere-position:stalin',
      text: 'premiere-position',
      textTitle: TITLE,
      segment: '1.5'
    });
    expect(saved.sentence.fr).toContain('Josef Staline');
    expect(saved.sentence.en).toContain('Joseph Stalin');

    await page.keyboard.press('Escape');
    await open(page, '/words');
    const group = page.locator('section.group');
    await expect(group.getByRole('heading', { level: 2 })).toHaveText(TITLE.fr);
    await expect(group.locator('blockquote p[lang="fr"]')).toContainText('Josef Staline');
    await expect(group.getByRole('link', { name: 'Read in context' })).toHaveAttribute(
      'href',
      '/read/premiere-position#s-1.5'
    );
  });
});
