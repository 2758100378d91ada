import type { Page, Response } from '@playwright/test';

/**
 * Goes to a page and waits until its script runs (the root layout sets <html data-ready>), so a
 * test's first click meets the app rather than the plain prerendered links.
 */
export async function open(page: Page, path: string): Promise<Response | null> {
  const response = await page.goto(path);
  if (response && response.status() < 400)
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  return response;
}
