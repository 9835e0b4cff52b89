import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI = ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'];
const LAYERS = {
  protocol: [...UI, '../store/*', '**/ui/**', '../diagram/*', '../review/*', '../report/*'],
  review: [...UI, '../store/*', '**/ui/**', '../diagram/*', '../report/*'],
  diagram: [...UI, '../store/*', '**/ui/**', '../report/*'],
  store: ['**/ui/**', '../diagram/*', '../report/*'],
  // The report reads the store's state and trace, and the review of that trace (its findings);
  // nothing but components may import it.
  report: [...UI, '../store/react', '../store/urlSync', '**/ui/**', '../diagram/*'],
  ui: [],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['e2e/**/*.ts'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // Imports flow one way: ui → store → protocol; diagram → protocol (STYLE.md). Only
  // src/diagram/mermaid.ts touches Mermaid, by dynamic import.
  ...Object.entries(LAYERS).map(([folder, forbidden]) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: ['src/diagram/mermaid.ts', 'src/diagram/config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'mermaid', message: 'Only src/diagram/mermaid.ts imports Mermaid.' }],
          patterns: forbidden.length
            ? [{ group: forbidden, message: `src/${folder} must not import these (STYLE.md).` }]
            : [],
        },
      ],
    },
  })),
);
