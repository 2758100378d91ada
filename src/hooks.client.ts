import type { ClientInit } from '@sveltejs/kit';
import { afterPaint } from '$lib/after-paint.ts';

/**
 * SvelteKit waits for this before it hydrates the page: the prerendered page is painted first, and
 * the script takes the main thread after that frame. Hydration on a long chapter is small (its
 * sentences are static markup), but it came before the first paint, which then waited for it
 * (about 12 ms at 100k words on the bench's machine, more on a slow phone).
 */
export const init: ClientInit = afterPaint;
