// ESLint flat config: typescript-eslint's recommended rules for the TypeScript sources and tests, ESLint's own for
// the plain-JavaScript scripts, benchmarks and UI tests. `npm run lint`; .ci/run runs it before the tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test/fixtures/**', 'test-results/**', '**/*.vsix'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The core must never reach the editor or the disk: adapters (extension, CLI, language server) do.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'The core is pure: only src/extension talks to VS Code.' },
            { name: 'fs', message: 'The core is pure: the CLI and the extension read files.' },
            { name: 'node:fs', message: 'The core is pure: the CLI and the extension read files.' },
            { name: 'fs/promises', message: 'The core is pure: the CLI and the extension read files.' },
            { name: 'node:fs/promises', message: 'The core is pure: the CLI and the extension read files.' },
          ],
        },
      ],
    },
  },
  {
    // Tests match terminal color codes on purpose.
    files: ['test/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/ui/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Webview scripts run in the page: the browser's globals and the one VS Code gives webviews.
    files: ['media/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } },
  },
);
