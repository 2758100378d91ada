import { expect, test } from '@playwright/test';
import { open } from './open.ts';

const READER = '/read/premiere-position';

test.describe('storage that fails', () => {
  test('with no storage at all (site data blocked) the reader works and says choices are not kept', async ({
    page
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        }
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await open(page, READER);
    await page.getByText('French only', { exact: true }).click();
    await expect(page.locator('[id="s-1.1"] .en')).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: 'does not allow storage' })
    ).toBeVisible();
    // A card still opens.
    await page.locator('[id="s-1.5"] .fr a[data-entity="stalin"]').click();
    await expect(page.getByRole('dialog', { name: 'Joseph Stalin' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('with a full storage the choice applies and the reader is told it was not saved', async ({
    page
  }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await open(page, READER);
    await page.getByText('English only', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-layout', 'en');
    await expect(page.getByRole('status').filter({ hasText: 'storage is full' })).toBeVisible();
  });

  test('corrupt saved preferences are ignored: the reader starts from the defaults', async ({
    page
  }) => {
    await page.addInitScript(() => {
      localStorage.setItem('bilingual-reader/v1/preferences', '{"layout": "sideways", "theme": ');
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await open(page, READER);
    await expect(page.locator('html')).not.toHaveAttribute('data-layout');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    await expect(page.locator('[id="s-1.1"] .en')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('code that cannot be fetched', () => {
  test('a card whose code failed to load once opens when it can be fetched again', async ({
    page
  }) => {
    await open(page, READER);
    const stalin = page.locator('[id="s-1.5"] .fr a[data-entity="stalin"]');
    // Offline for a moment: pointing at the mention starts loading the card's code, which fails.
    await page.route('**/_app/immutable/**/*.js', (route) => route.abort('internetdisconnected'));
    const failed = page.waitForEvent('requestfailed');
    await stalin.hover();
    await failed;
    await page.unrouteAll();
    await stalin.click();
    // A browser that retries a module whose fetch failed opens the card in place. Debian's
    // Chromium 150 keeps the failure for the page's life, so the card's code cannot come without
    // a reload: the link then leads to the entry, as it does without JavaScript. Either way the
    // click reaches the entry; it is never a dead click.
    const card = page.getByRole('dialog', { name: 'Joseph Stalin' });
    const entry = page.getByRole('heading', { level: 1, name: 'Joseph Stalin' });
    await expect(card.or(entry)).toBeVisible();
    if (await card.isVisible()) await expect(page).toHaveURL(/\/read\/premiere-position/);
    else await expect(page).toHaveURL(/\/glossary\/stalin$/);
  });

  test('a mention whose card code is gone (a newer build, or offline) still leads to its entry', async ({
    page
  }) => {
    await open(page, READER);
    await page.route('**/_app/immutable/**/*.js', (route) => route.abort('failed'));
    await page.locator('[id="s-1.5"] .fr a[data-entity="stalin"]').click();
    await expect(page).toHaveURL(/\/glossary\/stalin$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Joseph Stalin' })).toBeVisible();
  });
});

test.describe('a search worker that cannot start', () => {
  test('the search page says the index could not be loaded, and trying again works', async ({
    page
  }) => {
    await page.route('**/_app/immutable/workers/*.js', (route) => route.abort('failed'));
    await open(page, '/search?q=patronage');
    await expect(page.getByText('The search index could not be loaded.')).toBeVisible();
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('#search-results .hit a[href$="#s-1.7"]')).toHaveCount(1);
  });
});

test.describe('a slow card', () => {
  test('says it is loading only once the wait is long enough to notice, then fills in', async ({
    page
  }) => {
    await open(page, READER);
    // The card's data takes a second to come (a slow network); the card's code is fetched first.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/cards/stalin.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('[id="s-1.5"] .fr a[data-entity="stalin"]').click();
    const loading = page.getByRole('dialog').getByRole('heading', { name: 'Loading' });
    await expect(loading).toBeFocused();
    // The word's colour at a moment of the wait (the card's animations set to that moment, so a
    // slow machine reads the same): there for screen readers from the start but drawn only later.
    const colorAt = (ms: number) =>
      loading.evaluate((el, ms) => {
        for (const animation of el.getAnimations()) {
          animation.pause();
          animation.currentTime = ms;
        }
        return getComputedStyle(el).color;
      }, ms);
    expect(await colorAt(100)).toBe('rgba(0, 0, 0, 0)');
    expect(await colorAt(250)).toBe('rgba(0, 0, 0, 0)');
    expect(await colorAt(400)).not.toBe('rgba(0, 0, 0, 0)');
    release();
    await expect(page.getByRole('dialog', { name: 'Joseph Stalin' })).toBeVisible();
  });
});
