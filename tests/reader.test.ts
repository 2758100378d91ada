import { expect, test, type Page } from '@playwright/test';
import { loadCorpusOrThrow } from '../src/lib/corpus/load.ts';
import { open } from './open.ts';

const READER = '/read/premiere-position';
const isPhone = () => test.info().project.name === 'phone';
const seg = (page: Page, id: string) => page.locator(`[id="s-${id}"]`);

/**
 * Stalin's French mentions across the library, in the card's order (text by text, in the
 * library's order), and where the first text's sentence 1.5 starts among them.
 */
const stalin = (() => {
  const french = loadCorpusOrThrow('texts')
    .mentions.get('stalin')!
    .filter((m) => m.lang === 'fr');
  const at = french.findIndex((m) => m.text === 'premiere-position' && m.segment === '1.5');
  return { total: french.length, first: at + 1 };
})();
const mentionOf = (n: number) => `Mention ${stalin.first + n} of ${stalin.total}`;

/** Opens a mention's card the way this device would: a tap on a phone, a click elsewhere. */
async function activate(page: Page, selector: string) {
  const mention = page.locator(selector);
  if (isPhone()) await mention.tap();
  else await mention.click();
}

test.describe('glossary cards', () => {
  test('a click or tap on a mention opens its card in place, Esc closes it and focus returns', async ({
    page
  }) => {
    await open(page, READER);
    const mention = seg(page, '1.5').locator('.fr a[data-entity="stalin"]');
    await activate(page, '[id="s-1.5"] .fr a[data-entity="stalin"]');
    const card = page.getByRole('dialog', { name: 'Joseph Stalin' });
    await expect(card).toBeVisible();
    await expect(page).toHaveURL(/\/read\/premiere-position\?entity=stalin$/);
    await expect(card.getByRole('heading', { name: 'Joseph Stalin' })).toBeFocused();
    await expect(card.getByText('Иосиф Виссарионович Сталин')).toHaveAttribute('lang', 'ru');
    await expect(card.getByText('Joseph Staline', { exact: true })).toHaveAttribute('lang', 'fr');
    await expect(card.locator('.entry-names').getByText('18 December 1878')).toBeVisible();
    const posts = card.getByRole('region', { name: 'Posts held' });
    await expect(
      posts.getByRole('link', {
        name: 'General Secretary of the Communist Party of the Soviet Union'
      })
    ).toBeVisible();
    await expect(posts.getByText('3 April 1922 – 16 October 1952')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(mention).toBeFocused();
    await expect(page).toHaveURL(/\/read\/premiere-position$/);
  });

  test('Enter on a focused mention opens its card; the close button closes it', async ({
    page
  }) => {
    await open(page, READER);
    const mention = seg(page, '1.2').locator('.en a[data-entity="sverdlov"]');
    await mention.focus();
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog', { name: 'Yakov Sverdlov' });
    await expect(card).toBeVisible();
    // Tab stays inside the card until Esc or its close button.
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(
        true
      );
    }
    await card.getByRole('button', { name: 'Close' }).click();
    await expect(card).toBeHidden();
    await expect(mention).toBeFocused();
  });

  test('a card fits the screen: a bottom sheet on a phone, a side panel on a desktop', async ({
    page
  }) => {
    await open(page, READER);
    await activate(page, '[id="s-1.3"] .fr a[data-entity="sverdlov"]');
    const card = page.getByRole('dialog');
    await expect(card).toBeVisible();
    const box = (await card.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
    if (isPhone()) {
      expect(box.width).toBeGreaterThanOrEqual(viewport.width - 2);
      expect(box.y + box.height).toBeGreaterThan(viewport.height - 2);
    } else {
      expect(box.width).toBeLessThan(viewport.width / 2);
      // Against the right edge, less at most the page's scrollbar gutter.
      expect(box.x + box.width).toBeGreaterThan(viewport.width - 20);
    }
  });

  test('the summary switches language in one click and posts show their holders in order', async ({
    page
  }) => {
    await open(page, READER);
    await activate(page, '[id="s-1.10"] .fr a[data-entity="general-secretary"]');
    const card = page.getByRole('dialog');
    const holders = card.getByRole('region', { name: 'Holders' }).locator('li > a');
    await expect(holders).toHaveText([
      'Joseph Stalin',
      'Leonid Brezhnev',
      'Yuri Andropov',
      'Konstantin Chernenko',
      'Mikhail Gorbachev'
    ]);
    const summary = card.locator('.entry-summary p').first();
    await expect(summary).toHaveAttribute('lang', 'en');
    await card.getByRole('button', { name: 'Read it in French' }).click();
    await expect(summary).toHaveAttribute('lang', 'fr');
    await expect(card.getByRole('button', { name: 'Read it in English' })).toBeVisible();
  });

  test('previous and next walk through the mentions and mark each one', async ({ page }) => {
    await open(page, READER);
    await activate(page, '[id="s-1.5"] .fr a[data-entity="stalin"]');
    const card = page.getByRole('dialog');
    await expect(card.getByText(mentionOf(0))).toBeVisible();
    await card.getByRole('button', { name: 'Next mention' }).click();
    await expect(card.getByText(mentionOf(1))).toBeVisible();
    await expect(seg(page, '1.6')).toHaveClass(/is-marked/);
    await expect(seg(page, '1.6').locator('.fr a[data-entity="stalin"]').first()).toHaveClass(
      /is-marked/
    );
    await card.getByRole('button', { name: 'Next mention' }).click();
    await expect(seg(page, '1.6').locator('.fr a[data-entity="stalin"]').nth(1)).toHaveClass(
      /is-marked/
    );
    await card.getByRole('button', { name: 'Previous mention' }).click();
    await card.getByRole('button', { name: 'Previous mention' }).click();
    await expect(card.getByText(mentionOf(0))).toBeVisible();
    // Only the library's first mention of him has no previous one.
    const previous = card.getByRole('button', { name: 'Previous mention' });
    if (stalin.first === 1) await expect(previous).toBeDisabled();
    else await expect(previous).toBeEnabled();
  });

  test('a related entry opens in the same card, one card at a time', async ({ page }) => {
    await open(page, READER);
    await activate(page, '[id="s-1.1"] .fr a[data-entity="lenin"]');
    const card = page.getByRole('dialog');
    await expect(card.getByRole('heading', { level: 2, name: 'Vladimir Lenin' })).toBeVisible();
    await card.locator('a[data-entity="lenins-testament"]').first().click();
    await expect(card.getByRole('heading', { level: 2, name: /Testament|Letter/ })).toBeVisible();
    await expect(page.locator('dialog[open]')).toHaveCount(1);
  });

  test('the text stays usable beside a card: another name switches it, a click elsewhere closes it', async ({
    page
  }) => {
    await open(page, READER);
    await activate(page, '[id="s-1.1"] .fr a[data-entity="lenin"]');
    const card = page.getByRole('dialog');
    await expect(card.getByRole('heading', { level: 2, name: 'Vladimir Lenin' })).toBeFocused();
    // The page is not inert behind the card: a name in it opens its own card in the same place.
    await activate(page, '[id="s-1.3"] .fr a[data-entity="sverdlov"]');
    await expect(card.getByRole('heading', { level: 2, name: 'Yakov Sverdlov' })).toBeFocused();
    await expect(page.locator('dialog[open]')).toHaveCount(1);
    await expect(page).toHaveURL(/\?entity=sverdlov$/);
    // Selecting words of the text leaves the card open.
    if (!isPhone()) {
      const words = seg(page, '1.4').locator('.seg.fr');
      await words.scrollIntoViewIfNeeded();
      const box = (await words.boundingBox())!;
      // From the first word (not a link, which would be dragged) to a line below.
      await page.mouse.move(box.x + 4, box.y + 10);
      await page.mouse.down();
      await page.mouse.move(box.x + 120, box.y + 30, { steps: 5 });
      await page.mouse.up();
      expect(await page.evaluate(() => document.getSelection()?.toString().length)).toBeGreaterThan(
        0
      );
      await expect(card).toBeVisible();
    }
    // A plain click or tap on the text closes it, and focus stays where the click put it. On a
    // phone the sheet leaves the top of the screen: the text there is what a reader would tap.
    // The English side: a French word opens its own word card (tests/word-card.test.ts).
    const text = seg(page, '1.3').locator('.seg.en');
    await text.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const spot = (await text.boundingBox())!;
    expect(spot.y + 20).toBeLessThan(page.viewportSize()!.height * 0.15);
    if (isPhone()) await page.touchscreen.tap(spot.x + 4, spot.y + 20);
    else await page.mouse.click(spot.x + 4, spot.y + 20);
    await expect(card).toBeHidden();
    await expect(page).toHaveURL(/\/read\/premiere-position$/);
    expect(
      await page.evaluate(() => document.activeElement?.closest('a[data-entity]') ?? null)
    ).toBeNull();
  });
});

test.describe('cards beyond the reader', () => {
  test("a bar of the timeline opens the holder's card", async ({ page }) => {
    await open(page, '/timeline');
    const bar = page
      .locator('.lane[data-post="first-secretary"] svg a[data-entity="khrushchev"]')
      .filter({ visible: true });
    if (isPhone()) await bar.tap();
    else await bar.click();
    const card = page.getByRole('dialog', { name: 'Nikita Khrushchev' });
    await expect(card).toBeVisible();
    await expect(card.getByRole('region', { name: 'Posts held' })).toContainText(
      '7 September 1953'
    );
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(bar).toBeFocused();
  });
});

test.describe('aligned reading', () => {
  test('hovering or focusing a mention lights up the same entity in the other language', async ({
    page
  }) => {
    await open(page, READER);
    const sverdlov = seg(page, '1.2').locator('.fr a[data-entity="sverdlov"]');
    // A phone has no hover: focus is what it shares with the desktop.
    if (isPhone()) await sverdlov.focus();
    else await sverdlov.hover();
    await expect(seg(page, '1.2').locator('.en a[data-entity="sverdlov"]')).toHaveClass(
      /is-counterpart/
    );
    await expect(seg(page, '1.2').locator('.en a[data-entity="lenin"]')).not.toHaveClass(
      /is-counterpart/
    );
    await seg(page, '1.4').locator('.en a[data-entity="ussr"]').focus();
    await expect(seg(page, '1.4').locator('.fr a[data-entity="ussr"]')).toHaveClass(
      /is-counterpart/
    );
    await expect(seg(page, '1.2').locator('.en a[data-entity="sverdlov"]')).not.toHaveClass(
      /is-counterpart/
    );
  });

  test('hovering or focusing a segment highlights both its halves', async ({ page }) => {
    await open(page, READER);
    const row = seg(page, '1.7');
    const before = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
    if (isPhone()) await row.locator('a.segment-link').focus();
    else await row.locator('.fr').hover();
    await expect
      .poll(() => row.evaluate((el) => getComputedStyle(el).backgroundColor))
      .not.toBe(before);
    // At once, with no fade: a fading background repaints the row for several frames, and a click
    // on a name that comes with the pointer waits behind them.
    const lit = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.mouse.move(0, 0);
    await row.locator('a.segment-link').blur();
    await expect
      .poll(() => row.evaluate((el) => getComputedStyle(el).backgroundColor))
      .toBe(before);
    const atOnce = await row.evaluate(async (el) => {
      el.classList.add('is-current');
      return getComputedStyle(el).backgroundColor;
    });
    expect(atOnce).toBe(lit);
  });

  test('the layout can be switched, is remembered, and a URL parameter can set it', async ({
    page
  }) => {
    await open(page, READER);
    const fr = seg(page, '1.1').locator('.fr');
    const en = seg(page, '1.1').locator('.en');
    await page.getByText('French only', { exact: true }).click();
    await expect(en).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-layout', 'fr');
    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await expect(en).toBeHidden();
    await expect(page.getByRole('radio', { name: 'French only' })).toBeChecked();
    await page.getByText('Interlinear', { exact: true }).click();
    const [frBox, enBox] = [(await fr.boundingBox())!, (await en.boundingBox())!];
    expect(enBox.y).toBeGreaterThanOrEqual(frBox.y + frBox.height - 1);
    await page.getByText('Side by side', { exact: true }).click();
    const [a, b] = [(await fr.boundingBox())!, (await en.boundingBox())!];
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    await open(page, `${READER}?layout=en`);
    await expect(fr).toBeHidden();
    await expect(en).toBeVisible();
  });

  test('each segment has a stable anchor and a link that copies its address', async ({
    page,
    context
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, READER);
    const link = seg(page, '1.9').locator('a.segment-link');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#s-1\.9$/);
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/read\/premiere-position#s-1\.9$/);
  });

  test('a link to a segment scrolls to it and marks it', async ({ page }) => {
    await open(page, `${READER}#s-2.1`);
    const row = seg(page, '2.1');
    await expect(row).toBeInViewport();
    expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
  });

  test('a link can open a card on arrival', async ({ page }) => {
    await open(page, `${READER}?entity=khrushchev`);
    await expect(page.getByRole('dialog', { name: 'Nikita Khrushchev' })).toBeVisible();
  });

  test('nothing scrolls sideways', async ({ page }) => {
    for (const path of [READER, '/fr/read/premiere-position', '/glossary/stalin', '/']) {
      await open(page, path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('interface language', () => {
  test('the switch goes to the same page in French and the choice is remembered', async ({
    page
  }) => {
    await open(page, READER);
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/read\/premiere-position$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('radio', { name: 'Côte à côte' })).toBeAttached();
    await open(page, '/');
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bibliothèque');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await open(page, '/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
  });

  test('a French card formats dates in French and keeps English names marked', async ({ page }) => {
    await open(page, '/fr/read/premiere-position?entity=brezhnev');
    const card = page.getByRole('dialog', { name: 'Léonid Brejnev' });
    await expect(card).toBeVisible();
    await expect(card.locator('.entry-names').getByText('19 décembre 1906')).toBeVisible();
    await expect(card.getByText('Leonid Brezhnev', { exact: true })).toHaveAttribute('lang', 'en');
  });
});

test.describe('keyboard shortcuts', () => {
  test('? lists them, j and k move between sentences, and they can be turned off', async ({
    page
  }) => {
    await open(page, READER);
    await page.locator('body').press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await page.keyboard.press('j');
    await expect(seg(page, 'title')).toBeFocused();
    await page.keyboard.press('j');
    await expect(seg(page, '1.1')).toBeFocused();
    await page.keyboard.press('k');
    await expect(seg(page, 'title')).toBeFocused();
    await page.keyboard.press('?');
    await help.getByLabel('Use keyboard shortcuts').uncheck();
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect(seg(page, 'title')).toBeFocused();
    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.locator('body').press('?');
    await expect(help).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('mentions lead to entry pages and the French interface works', async ({ page }) => {
    await page.goto('/fr/read/premiere-position');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.locator('[id="s-1.3"] .fr a[data-entity="sverdlov"]').click();
    await expect(page).toHaveURL(/\/fr\/glossary\/sverdlov$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iakov Sverdlov');
    await expect(page.getByRole('link', { name: 'Glossaire', exact: true })).toBeVisible();
  });
});
