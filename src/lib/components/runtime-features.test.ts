import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { compile, preprocess } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

// Svelte's runtime is one chunk that every page loads, the reader included: a feature that any
// component uses ships to every page, whether it shows that component or not. These features
// are kept out (the reader's initial JavaScript must stay under 60 KB: docs/performance.md),
// each with a plain alternative. Named by the runtime helper the compiler calls for them.
const KEPT_OUT: Record<string, string> = {
  element: '<svelte:element>: write the elements out ({#if} or a snippet)',
  attribute_effect: 'attribute spreads or <svelte:element> attributes: write the attributes',
  await: '{#await}: keep the state in $state and render it with {#if}',
  key: '{#key}: reset what must be reset from the data itself',
  bind_value: 'bind:value: value={x} with an oninput handler',
  bind_checked: 'bind:checked: checked={x} with an onchange handler',
  bind_group: 'bind:group: checked={...} with an onchange handler',
  bind_select_value: '<select bind:value>: value={x} with an onchange handler',
  set_class: 'class:x or a computed class attribute: a data attribute, styled by [data-x]',
  set_style: 'style:x directives: a custom property set once, or a data attribute',
  init: 'a component in legacy mode (svelte.config.js compiles ours in runes mode)'
};

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

describe('Svelte runtime features kept out of every component', () => {
  const files = svelteFiles('src');

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('%s', async (file) => {
    const source = readFileSync(file, 'utf8');
    const { code } = await preprocess(source, vitePreprocess(), { filename: file });
    const js = compile(code, { filename: file, generate: 'client', runes: true }).js.code;
    const used = new Set([...js.matchAll(/\$\.(\w+)\(/g)].map((m) => m[1]!));
    const found = Object.keys(KEPT_OUT)
      .filter((helper) => used.has(helper))
      .map((helper) => KEPT_OUT[helper]);
    expect(found).toEqual([]);
  });
});
