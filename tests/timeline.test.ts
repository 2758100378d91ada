import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

// The lanes, in order of each post's first tenure in the glossary, and who held each post.
const LANES: [post: string, holders: string[]][] = [
  [
    'party-secretary',
    ['sverdlov', 'stasova', 'krestinsky', 'preobrazhensky', 'serebryakov', 'molotov']
  ],
  [
    'premier',
    [
      'lenin',
      'rykov',
      'molotov',
      'stalin',
      'malenkov',
      'bulganin',
      'khrushchev',
      'kosygin',
      'pavlov'
    ]
  ],
  [
    'presidency',
    [
      'kamenev',
      'sverdlov',
      'brezhnev',
      'mikoyan',
      'podgorny',
      'brezhnev',
      'andropov',
      'chernenko',
      'gorbachev'
    ]
  ],
  [
    'second-secretary',
    [
      'molotov',
      'kaganovich',
      'malenkov',
      'brezhnev',
      'suslov',
      'chernenko',
      'andropov',
      'chernenko',
      'gorbachev',
      'ligachev'
    ]
  ],
  ['general-secretary', ['stalin', 'brezhnev', 'andropov', 'chernenko', 'gorbachev']],
  ['first-secretary', ['khrushchev', 'brezhnev']],
  ['president-russia', ['yeltsin']]
];
const GENERAL_SECRETARIES = LANES.find(([post]) => post === 'general-secretary')![1];

/** The bars of a lane that are shown at this width (one layout per width is in the page). */
function bars(scope: Page | Locator, post: string): Locator {
  return scope.locator(`.lane[data-post="${post}"] svg a[data-entity]`).filter({ visible: true });
}

async function entitiesOf(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((els) => els.map((el) => el.getAttribute('data-entity') ?? ''));
}

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test('the timeline shows one lane per post, with its holders in order, each a link', async ({
  page
}) => {
  await page.goto('/timeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline of posts' })).toBeVisible();
  const lanes = page.locator('.lane');
  await expect(lanes).toHaveCount(LANES.length);
  expect(await lanes.evaluateAll((els) => els.map((el) => el.getAttribute('data-post')))).toEqual(
    LANES.map(([post]) => post)
  );
  for (const [post, holders] of LANES) {
    const shown = bars(page, post);
    await expect(shown).toHaveCount(holders.length);
    expect(await entitiesOf(shown), post).toEqual(holders);
    for (const [i, person] of holders.entries())
      await expect(shown.nth(i)).toHaveAttribute('href', `/glossary/${person}`);
  }
  // Each lane is titled by its post, as a heading that leads to the post's entry.
  const gsHeading = page.getByRole('heading', {
    level: 2,
    name: 'General Secretary of the Communist Party of the Soviet Union'
  });
  await expect(gsHeading).toBeVisible();
  await expect(gsHeading.getByRole('link')).toHaveAttribute('href', '/glossary/general-secretary');

  // A bar's accessible name says who, which post and when; every bar has a visible label.
  const brezhnev = page.getByRole('link', {
    name: 'Leonid Brezhnev, General Secretary of the Communist Party of the Soviet Union, 8 April 1966 – 10 November 1982',
    exact: true
  });
  await expect(brezhnev).toBeVisible();
  await expect(brezhnev).toHaveAttribute('data-entity', 'brezhnev');
  await expect(brezhnev.locator('text')).toHaveText(/Brezhnev$/);
  await expect(
    page.getByRole('link', {
      name: /^Yuri Andropov, Second secretary \(unofficial\), unofficially/
    })
  ).toBeVisible();
  for (const label of await page.locator('.lane svg a text').filter({ visible: true }).all()) {
    await expect(label).not.toHaveText('');
  }

  // Stretches the glossary does not cover are drawn, and the key explains them.
  // (Gaps of a day or two are drawn to scale, so they are in the SVG but too thin to see.)
  const gsSvg = page.locator('.lane[data-post="general-secretary"] svg').filter({ visible: true });
  await expect(gsSvg.locator('rect.gap')).toHaveCount(4);
  await expect(gsSvg.locator('rect.gap').first()).toBeVisible();
  const key = page.locator('.legend');
  await expect(key.getByText('Not covered by the glossary', { exact: true })).toBeVisible();
  await expect(key.getByText('Unofficial role (dashed outline)')).toBeVisible();
  await expect(key.getByText('Approximate date')).toBeVisible();
});

test('the timeline can be read as a table that lists the same tenures', async ({ page }) => {
  await page.goto('/timeline');
  const table = page.getByRole('table', { name: /Holders of each post, 1917–1999/ });
  await expect(table).toBeHidden();
  await page.getByText('Show as a table').click();
  await expect(table).toBeVisible();
  for (const [post, holders] of LANES) {
    const rows = table.locator(`tbody[data-post="${post}"] tr.tenure`);
    expect(
      await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-person'))),
      post
    ).toEqual(holders);
  }
  const stalin = table
    .locator('tbody[data-post="general-secretary"]')
    .getByRole('row', { name: /Joseph Stalin/ });
  await expect(stalin.getByRole('cell').nth(0)).toHaveText('3 April 1922');
  await expect(stalin.getByRole('cell').nth(1)).toHaveText('16 October 1952');
  await expect(stalin.getByRole('rowheader').getByRole('link')).toHaveAttribute(
    'href',
    '/glossary/stalin'
  );
  // The lapse of the title between Stalin and Brezhnev is a row of its own.
  const gs = table.locator('tbody[data-post="general-secretary"]');
  await expect(gs.locator('tr.gap').first()).toContainText('16 October 1952');
  await expect(gs.locator('tr.gap').first()).toContainText('8 April 1966');
  // Flags and notes.
  const molotov = table.locator('tbody[data-post="second-secretary"] tr[data-person="molotov"]');
  await expect(molotov).toContainText('unofficial');
  await expect(molotov).toContainText('approximate dates');
  await expect(molotov).toContainText('about April 1922');
  await expectNoHorizontalScroll(page);
});

test('the French timeline links to French pages and writes dates in French', async ({ page }) => {
  await page.goto('/fr/timeline');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Chronologie des postes' })
  ).toBeVisible();
  const gs = bars(page, 'general-secretary');
  expect(await entitiesOf(gs)).toEqual(GENERAL_SECRETARIES);
  await expect(gs.nth(1)).toHaveAttribute('href', '/fr/glossary/brezhnev');
  await expect(gs.nth(1)).toHaveAttribute(
    'aria-label',
    "Léonid Brejnev, Secrétaire général du Parti communiste de l'Union soviétique, 8 avril 1966 – 10 novembre 1982"
  );
  await page.getByText('Afficher sous forme de tableau').click();
  const stalin = page
    .locator('tbody[data-post="general-secretary"]')
    .getByRole('row', { name: /Joseph Staline/ });
  await expect(stalin.getByRole('cell').nth(0)).toHaveText('3 avril 1922');
  await expect(stalin.getByRole('cell').nth(1)).toHaveText('16 octobre 1952');
  await expect(
    page.locator('tbody[data-post="second-secretary"] tr[data-person="molotov"]')
  ).toContainText('vers avril 1922');
});

test('a post’s entry shows its own lane only, with a link to the whole timeline', async ({
  page
}) => {
  await page.goto('/glossary/general-secretary');
  const section = page.getByRole('region', { name: 'Holders over time' });
  await expect(section).toBeVisible();
  await expect(section.locator('.lane')).toHaveCount(1);
  expect(await entitiesOf(bars(section, 'general-secretary'))).toEqual(GENERAL_SECRETARIES);
  await expect(
    section.getByRole('link', { name: 'See all posts on the timeline' })
  ).toHaveAttribute('href', '/timeline');
  await expectNoHorizontalScroll(page);

  // A person's entry has no timeline; a post's in French links to French pages.
  await page.goto('/glossary/stalin');
  await expect(page.locator('.lane')).toHaveCount(0);
  await page.goto('/fr/glossary/first-secretary');
  const fr = page.getByRole('region', { name: 'Les titulaires au fil du temps' });
  expect(await entitiesOf(bars(fr, 'first-secretary'))).toEqual(['khrushchev', 'brezhnev']);
  await expect(bars(fr, 'first-secretary').first()).toHaveAttribute(
    'href',
    '/fr/glossary/khrushchev'
  );
  await expect(
    fr.getByRole('link', { name: 'Voir tous les postes sur la chronologie' })
  ).toHaveAttribute('href', '/fr/timeline');
});

test('the timeline fits the screen without scrolling sideways', async ({ page }) => {
  for (const path of ['/timeline', '/fr/timeline', '/fr/glossary/party-secretary']) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
    // The shown layout spans the width of its container, no wider.
    for (const svg of await page.locator('.lane svg').filter({ visible: true }).all()) {
      const box = (await svg.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    }
  }
});

test('a bar can be reached with the keyboard', async ({ page }) => {
  await page.goto('/timeline');
  const stalin = bars(page, 'general-secretary').first();
  await stalin.focus();
  await expect(stalin).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(bars(page, 'general-secretary').nth(1)).toBeFocused();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline is prerendered, and its bars and table work', async ({ page }) => {
    await page.goto('/timeline');
    for (const [post, holders] of LANES)
      expect(await entitiesOf(bars(page, post))).toEqual(holders);
    await page.getByText('Show as a table').click();
    await expect(page.getByRole('table')).toBeVisible();
    await bars(page, 'general-secretary').nth(1).click();
    await expect(page).toHaveURL(/\/glossary\/brezhnev$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leonid Brezhnev');
  });

  test('a post’s entry shows its lane', async ({ page }) => {
    await page.goto('/fr/glossary/general-secretary');
    expect(await entitiesOf(bars(page, 'general-secretary'))).toEqual(GENERAL_SECRETARIES);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  for (const path of ['/timeline', '/fr/timeline', '/glossary/second-secretary']) {
    test(`${path} passes axe (WCAG 2.1 AA) in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const summary = page.locator('.timeline-table summary');
      if ((await summary.count()) > 0) await summary.click();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations).toEqual([]);
    });
  }
}
