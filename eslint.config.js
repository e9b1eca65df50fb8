import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/', 'test-results/', 'playwright-report/', 'client/public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'socket.io', 'socket.io-client', 'node:*', 'fs', 'path'], message: 'shared/ stays pure and isomorphic.' },
          { group: ['**/client/**', '**/server/**'], message: 'shared/ imports neither client/ nor server/.' },
        ],
      }],
    },
  },
  // House-plan boundaries: client/ and server/ meet only in shared/; client/ui/ never imports features/.
  {
    files: ['client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/server', '**/server/**', 'socket.io'], message: 'client/ never imports server/ (they meet in shared/).' },
        ],
      }],
    },
  },
  {
    files: ['client/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/server', '**/server/**', 'socket.io'], message: 'client/ never imports server/ (they meet in shared/).' },
          { group: ['**/features', '**/features/**'], message: 'client/ui/ holds dumb components: it never imports client/features/.' },
        ],
      }],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/client', '**/client/**'], message: 'server/ never imports client/ (they meet in shared/).' }],
      }],
    },
  },
  // Named exports only and `as const` objects rather than enums. Playwright's config and
  // globalSetup must be default exports, so they are left out.
  {
    files: [
      'client/**/*.{ts,tsx}',
      'server/main.ts',
      'server/createApp*.ts',
      'server/http/**/*.ts',
      'tests/e2e/**/*.ts',
      'tests/support/**/*.ts',
    ],
    ignores: ['tests/support/globalSetup.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (house rule).' },
        { selector: "ExportSpecifier[exported.name='default']", message: 'Use named exports (house rule).' },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object rather than an enum (house rule).' },
      ],
    },
  },
);
