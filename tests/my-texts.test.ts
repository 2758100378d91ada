import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open } from './open.ts';

const FRENCH = `La mort du dictateur

Staline est mort le 5 mars 1953. Khrouchtchev lui succède à la tête du parti.

Le <b>nouveau</b> pouvoir <script>window.pwned = 1</script> se veut collectif.`;
const ENGLISH = `The dictator's death

Stalin died on 5 March 1953. Khrushchev succeeded him at the head of the party.

The <b>new</b> leadership <script>window.pwned = 1</script> claims to be collective.`;

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  ).toEqual([]);
}

async function prepareAndSave(page: Page, french = FRENCH, english = ENGLISH) {
  await page.getByLabel('French text').fill(french);
  await page.getByLabel('English translation (optional)').fill(english);
  await page.getByRole('button', { name: 'Prepare' }).click();
  const pairs = page.locator('table.pairs tbody tr');
  await expect(pairs.first()).toBeVisible();
  await expect(page.locator('table.pairs')).toContainText('Staline est mort le 5 mars 1953.');
  await expect(page.locator('table.pairs')).toContainText('Stalin died on 5 March 1953.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

test('paste, prepare, save, read with cards, reload, rename, delete and undo', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, '/');
  await page.getByRole('link', { name: 'My texts' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'My texts' })).toBeVisible();
  await expect(page.getByText('No saved texts yet.')).toBeVisible();

  await prepareAndSave(page);
  await expect(page.getByText('“La mort du dictateur” is saved in this browser.')).toBeVisible();
  const saved = page.locator('ul.saved li');
  await expect(saved).toHaveCount(1);
  await expectNoViolations(page);

  // Read it: the same reader, with a card for a glossary name.
  await saved.getByRole('link', { name: 'La mort du dictateur' }).click();
  await expect(page).toHaveURL(/\/my-texts\/read\?id=/);
  const title = page.locator('h1.reader-title');
  await expect(title).toContainText('La mort du dictateur');
  // What was pasted stays text.
  await expect(page.locator('.reader')).toContainText('<script>window.pwned = 1</script>');
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.locator('.reader b')).toHaveCount(0);
  await page.locator('.seg.fr a[data-entity="stalin"]').first().click();
  await expect(page.getByRole('dialog')).toContainText('Staline');
  await page.keyboard.press('Escape');
  await expect(page.locator('.reader .speak-button').first()).toBeAttached();
  await expectNoViolations(page);

  // Still there after a reload.
  await page.reload();
  await expect(page.locator('h1.reader-title')).toContainText('La mort du dictateur');
  await open(page, '/my-texts');
  await expect(saved).toHaveCount(1);

  // Rename.
  await page.getByRole('button', { name: 'Rename: La mort du dictateur' }).click();
  await page.getByLabel('New name for “La mort du dictateur”').fill('Mars 1953');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(saved.getByRole('link', { name: 'Mars 1953' })).toBeVisible();
  await page.reload();
  await expect(saved.getByRole('link', { name: 'Mars 1953' })).toBeVisible();

  // Delete, then undo.
  await page.getByRole('button', { name: 'Delete: Mars 1953' }).click();
  await expect(page.getByText('“Mars 1953” was deleted.')).toBeVisible();
  await expect(saved).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(saved.getByRole('link', { name: 'Mars 1953' })).toBeVisible();
  await page.reload();
  await expect(saved.getByRole('link', { name: 'Mars 1953' })).toBeVisible();
});

test('a full storage says so and loses nothing already saved', async ({ page, context }) => {
  test.setTimeout(90_000);
  await open(page, '/my-texts');
  await prepareAndSave(page);
  await expect(page.locator('ul.saved li')).toHaveCount(1);

  // From now on every write fails as a full disk does.
  await context.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.reload();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await prepareAndSave(page, FRENCH.replace('dictateur', 'chef'));
  await expect(page.getByRole('alert')).toContainText('storage for this site is full');
  // The prepared text is still on the page, and the saved one still listed.
  await expect(page.getByLabel('French text')).toHaveValue(/La mort du chef/);
  await expect(page.locator('ul.saved li')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'La mort du dictateur' })).toBeVisible();
});

test('storage that cannot be opened is said', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  await open(page, '/my-texts');
  await expect(page.getByRole('alert')).toContainText('cannot be saved here');
  await expectNoViolations(page);
});

test('the French page, and without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/my-texts');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes textes' })).toBeVisible();
  // (Playwright's text search skips <noscript>: find the note by its class.)
  await expect(page.locator('p.no-script')).toContainText('Cette page a besoin de JavaScript');
  await context.close();
});

test('export as .zip, import it back, refuse an unsafe one; the library lists it', async ({
  page
}, info) => {
  test.setTimeout(90_000);
  await open(page, '/my-texts');
  await prepareAndSave(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export .zip: La mort du dictateur' }).click()
  ]);
  expect(download.suggestedFilename()).toBe('la-mort-du-dictateur.zip');
  const zipPath = info.outputPath('text.zip');
  await download.saveAs(zipPath);
  const { unzipSync, zipSync, strToU8 } = await import('fflate');
  const names = Object.keys(unzipSync(new Uint8Array(readFileSync(zipPath)))).sort();
  expect(names).toContain('la-mort-du-dictateur/fr.txt');
  expect(names).toContain('la-mort-du-dictateur/text.yaml');

  // The library lists it under "My texts".
  await open(page, '/');
  await expect(
    page
      .getByRole('region', { name: 'My texts' })
      .getByRole('link', { name: 'La mort du dictateur' })
  ).toBeVisible();

  await open(page, '/my-texts');
  await page.getByRole('button', { name: 'Delete: La mort du dictateur' }).click();
  await expect(page.locator('ul.saved li')).toHaveCount(0);
  const zipInput = page.getByLabel(/Import a text from a \.zip/);
  await zipInput.setInputFiles(zipPath);
  await expect(page.getByText('“La mort du dictateur” was imported.')).toBeVisible();
  await expect(page.locator('ul.saved li')).toHaveCount(1);

  const evil = zipSync({
    'x/fr.txt': strToU8('x'),
    'x/text.yaml': strToU8('y'),
    '../evil': strToU8('z')
  });
  await zipInput.setInputFiles({
    name: 'evil.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(evil)
  });
  await expect(
    page.getByRole('alert').filter({ hasText: 'outside its text folder' })
  ).toBeVisible();
  await expect(page.locator('ul.saved li')).toHaveCount(1);
});
