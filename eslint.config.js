// ESLint (flat config): the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte,
// kept modest on purpose. The one rule that is a security guarantee (docs/guarantees.md):
// `svelte/no-at-html-tags` is an error, so no `{@html}` can render authored content as markup.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    // Build outputs, generated files and scratch folders.
    ignores: [
      'build/',
      'build-fixture/',
      '.svelte-kit/',
      '.svelte-kit*/',
      'test-results/',
      'playwright-report/',
      'bench/tmp/',
      'node_modules/'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node }
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    }
  },
  {
    rules: {
      // Authored content (texts, glossary) is rendered as text, never as markup: no {@html}, and
      // no markup strings through the DOM either, but in the reader's one slot for the markup
      // that src/lib/reader/render-html.ts escapes (ReaderMarkupSlot.svelte, which says so).
      'svelte/no-at-html-tags': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Markup strings reach the page only through ReaderMarkupSlot.svelte.'
        },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe)$/]',
          message: 'Markup strings reach the page only through ReaderMarkupSlot.svelte.'
        },
        {
          selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
          message: 'Markup strings reach the page only through ReaderMarkupSlot.svelte.'
        }
      ],
      // `_name` marks a value left out on purpose (`{ key: _key, ...rest }`); a caught error may
      // go unused (static/boot.js is plain ES5 and names it).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          ignoreRestSiblings: true,
          caughtErrors: 'none'
        }
      ],
      // The site is served at the root (no `paths.base`) and builds its links with localizedPath():
      // wrapping every href in resolve() would change nothing.
      'svelte/no-navigation-without-resolve': 'off',
      // Flags local, non-reactive temporaries (a Set to drop duplicates, a Date to format a time)
      // as if they were state; nothing reads them reactively.
      'svelte/prefer-svelte-reactivity': 'off',
      // Flags the "mounted" flag ($state(false) set by an $effect), which is not a derived value.
      'svelte/prefer-writable-derived': 'off',
      // Props typed with a shared view type (TermView) are not required to use all of its fields.
      'svelte/no-unused-props': 'off'
    }
  }
);
