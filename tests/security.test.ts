import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { open } from './open.ts';
import { FIXTURE_PORT } from '../playwright.config.ts';

// The security guarantees of docs/guarantees.md: the Content-Security-Policy of every page, hostile
// content shown as text only, and external links that give the target site no handle on ours.

/** tests/fixtures/texts, built as a second site: it holds the hostile text and glossary entry. */
const FIXTURE = `http://127.0.0.1:${FIXTURE_PORT}`;

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));

const cspOf = (html: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? null;

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values])
  );

test.describe('Content-Security-Policy', () => {
  test('every prerendered page carries a strict policy that allows its inline scripts by hash @desktop', () => {
    // webServer has built both sites before any test runs.
    const files = [...htmlFiles('build'), ...htmlFiles('build-fixture')];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const csp = cspOf(html);
      expect(csp, `${file} has no CSP meta tag`).not.toBeNull();
      const policy = directives(csp!);
      const scripts = policy.get('script-src') ?? [];
      expect(scripts, file).toContain("'self'");
      expect(scripts, file).not.toContain("'unsafe-inline'");
      expect(scripts, file).not.toContain("'unsafe-eval'");
      expect(
        scripts.some((s) => s.startsWith("'nonce-")),
        file
      ).toBe(false);
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
      expect(policy.get('base-uri'), file).toEqual(["'self'"]);
      expect(policy.get('default-src'), file).toEqual(["'self'"]);
      expect(policy.get('form-action'), file).toEqual(["'self'"]);
      expect(policy.get('connect-src'), file).toEqual(["'self'"]);
      // Every inline script is hashed in the policy; every other script comes from the site.
      for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\ssrc=/.test(attrs!)) {
          expect(attrs, file).not.toMatch(/src="(https?:)?\/\//);
          continue;
        }
        if (/type="application\/(ld\+)?json"/.test(attrs!)) continue;
        const hash = createHash('sha256').update(body!).digest('base64');
        expect(scripts, `${file}: inline script not hashed`).toContain(`'sha256-${hash}'`);
      }
    }
  });

  test('the real pages report no CSP violation while a card, search and the glossary filter are used', async ({
    page
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile})`);
      });
    });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    const violations: string[] = [];
    const collect = async () =>
      violations.push(
        ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))
      );

    // The reader, and a card opened in place.
    await open(page, '/read/premiere-position');
    await page.locator('.fr a[data-entity="stalin"]').first().click();
    await expect(page.getByRole('dialog', { name: 'Joseph Stalin' })).toBeVisible();
    await collect();

    // Full-text search: the index is fetched, results are drawn.
    await open(page, '/search?q=staline');
    await expect(page.locator('#search-results .hit').first()).toBeVisible();
    await page.locator('#site-search').fill('secretaire');
    await expect(page.locator('#search-results .hit').first()).toBeVisible();
    await collect();

    // The glossary filter: a query and a type.
    await open(page, '/glossary');
    const box = page.locator('#glossary-search-input');
    await expect(box).toBeEnabled();
    await box.fill('lenine');
    await expect(page.locator('#glossary-results a[data-entity="lenin"]')).toBeVisible();
    await box.fill('');
    await page.locator('#glossary-types button').first().click();
    await expect(page.locator('#glossary-types button').first()).toHaveAttribute(
      'aria-pressed',
      'true'
    );
    await collect();

    // An entry page with its timeline, and the French side.
    await open(page, '/fr/glossary/general-secretary');
    await open(page, '/timeline');
    await collect();

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('hostile content is shown as text', () => {
  const SCRIPT = '<script>window.__pwned=1</script>';
  const IMG = '<img src=x onerror="window.__pwned=2">';
  const LINK = '<a href="javascript:alert(2)">x</a>';

  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __alerts: string[] };
      w.__alerts = [];
      window.alert = (message?: unknown) => void w.__alerts.push(String(message));
    });
  });

  /** Nothing ran, and no element was made from the hostile strings. */
  async function expectInert(page: Page, requests: string[]) {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe(
      undefined
    );
    expect(
      await page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts)
    ).toEqual([]);
    expect(
      await page.evaluate(
        () =>
          // SvelteKit's start-up script carries the page data as an escaped string: what must not
          // exist is a script element made from the markup itself.
          [...document.scripts].filter((script) => /^\s*window\.__pwned/.test(script.text)).length
      )
    ).toBe(0);
    await expect(page.locator('img[onerror], img[src="x"], [onerror]')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
    await expect(page.locator('[href*="javascript:" i], [src*="javascript:" i]')).toHaveCount(0);
    expect(requests.filter((url) => new URL(url).pathname.endsWith('/x'))).toEqual([]);
  }

  function watchRequests(page: Page) {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    return requests;
  }

  test('in a text and in its card', async ({ page }) => {
    const requests = watchRequests(page);
    await open(page, `${FIXTURE}/read/hostile`);
    const fr = page.locator('[id="s-1.1"] .fr');
    await expect(fr).toContainText(`dit ${SCRIPT} au secrétaire général`);
    await expect(page.locator('[id="s-1.2"] .en')).toContainText(
      `An image ${IMG} for the document`
    );
    await expect(page.locator('[id="s-1.3"] .en')).toContainText(
      `A link javascript:alert(1) and ${LINK} in the document`
    );
    const templates = page.locator('[id="s-1.4"] .en');
    await expect(templates).toContainText(
      'Templates {{7*7}} and ${1+1} stay text, like [this] and \\.'
    );
    await expect(templates).not.toContainText('49');
    await expectInert(page, requests);

    await page.locator('[id="s-1.1"] .en a[data-entity="hostile"]').click();
    const card = page.getByRole('dialog', {
      name: `Hostile document ${SCRIPT} {{7*7}}`
    });
    await expect(card).toBeVisible();
    await expect(card).toContainText(`holds ${IMG} and javascript:alert(1).`);
    await expect(card).toContainText(`Its templates {{7*7}} and \${1+1} stay text, like ${LINK}.`);
    await expectInert(page, requests);
  });

  test('on its entry page and in the glossary list', async ({ page }) => {
    const requests = watchRequests(page);
    await open(page, `${FIXTURE}/glossary/hostile`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      `Hostile document ${SCRIPT} {{7*7}}`
    );
    const main = page.locator('main');
    await expect(main).toContainText(`holds ${IMG} and javascript:alert(1).`);
    await expect(main).toContainText(`Note: ${SCRIPT} ${LINK} \${1+1}`);
    await expect(main).toContainText(`A hostile source ${SCRIPT} {{7*7}}`);
    await expect(main).not.toContainText('49');
    await expectInert(page, requests);

    await open(page, `${FIXTURE}/glossary`);
    const box = page.locator('#glossary-search-input');
    await expect(box).toBeEnabled();
    await box.fill('hostile');
    const hit = page.locator('#glossary-results a[data-entity="hostile"]');
    await expect(hit).toContainText(`Hostile document ${SCRIPT} {{7*7}}`);
    await box.fill('onerror');
    await expect(page.locator('#glossary-results')).toContainText('onerror');
    await expectInert(page, requests);
  });

  test('in search results', async ({ page }) => {
    const requests = watchRequests(page);
    await open(page, `${FIXTURE}/search?q=pwned`);
    const results = page.locator('#search-results');
    await expect(results.locator('.hit').first()).toBeVisible();
    await expect(results).toContainText('window.__pwned');
    await expectInert(page, requests);
    await page.locator('#site-search').fill('gabarits');
    await expect(results).toContainText('{{7*7}}');
    await expectInert(page, requests);
  });

  test('in the library and the French reader', async ({ page }) => {
    const requests = watchRequests(page);
    await open(page, `${FIXTURE}/fr`);
    await expect(page.locator('main')).toContainText(`Un texte hostile ${SCRIPT}`);
    await expectInert(page, requests);
    await open(page, `${FIXTURE}/fr/read/hostile`);
    await expect(page.locator('[id="s-1.4"] .fr')).toContainText('{{7*7}} et ${1+1}');
    await expectInert(page, requests);
  });
});

test.describe('external links', () => {
  /** Every link to another site opens without a handle on ours, and only over https. */
  async function expectSafeExternalLinks(page: Page, scope = page.locator('body')) {
    const origin = new URL(page.url()).origin;
    const links = await scope
      .locator('a[href^="http"]')
      .evaluateAll(
        (anchors, origin) =>
          anchors
            .filter((a) => new URL((a as HTMLAnchorElement).href).origin !== origin)
            .map((a) => ({ href: a.getAttribute('href')!, rel: a.getAttribute('rel') ?? '' })),
        origin
      );
    for (const { href, rel } of links) {
      expect(href).toMatch(/^https:\/\//);
      const words = rel.split(/\s+/);
      expect(words, href).toContain('noopener');
      expect(words, href).toContain('noreferrer');
    }
    return links.length;
  }

  test('on the reader, an entry page and a card', async ({ page }) => {
    await open(page, `${FIXTURE}/read/hostile`);
    expect(await expectSafeExternalLinks(page)).toBeGreaterThan(0);
    await open(page, '/read/premiere-position');
    await expectSafeExternalLinks(page);
    await page.locator('.fr a[data-entity="stalin"]').first().click();
    const card = page.getByRole('dialog', { name: 'Joseph Stalin' });
    await expect(card).toBeVisible();
    await expect(card.locator('a[href^="https://"]').first()).toBeAttached();
    expect(await expectSafeExternalLinks(page, card)).toBeGreaterThan(0);

    await open(page, '/glossary/stalin');
    expect(await expectSafeExternalLinks(page)).toBeGreaterThan(0);
    await open(page, `${FIXTURE}/glossary/hostile`);
    expect(await expectSafeExternalLinks(page)).toBeGreaterThan(0);
  });
});
