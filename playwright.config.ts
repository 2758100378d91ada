import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browser here: use the system Chromium when there is one
// (CHROMIUM_PATH, or Debian's /usr/bin/chromium), and Playwright's own browser otherwise.
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (path): path is string => !!path && existsSync(path)
);

// PW_PORT lets two test runs (or a running preview) coexist on one machine.
const PORT = Number(process.env.PW_PORT ?? 4173);
export const FIXTURE_PORT = PORT + 1;

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Axe over the glossary's and the search's longer pages takes more than the default 30 s on a
  // busy 2-core machine.
  timeout: 60_000,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      // Chromium's background services reach for hosts this closed network refuses.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    }
  },
  // Every browser test runs at a desktop size and at a phone size (touch, small viewport).
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
    },
    {
      name: 'phone',
      // Tests tagged @desktop run at desktop size only (the axe sweep of every route).
      grepInvert: /@desktop/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true
      }
    }
  ],
  // Browser tests run against production builds, never the dev server: the real texts, and a
  // small fixture folder with a text in chapters (tests/fixtures/texts) built beside it.
  webServer: [
    {
      command: `npm run build && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000
    },
    {
      command: `npm run build && npx vite preview --port ${FIXTURE_PORT} --strictPort --host 127.0.0.1`,
      env: {
        TEXTS_DIR: 'tests/fixtures/texts',
        KIT_OUT_DIR: '.svelte-kit-fixture',
        BUILD_DIR: 'build-fixture'
      },
      url: `http://127.0.0.1:${FIXTURE_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000
    }
  ]
});
