// Layers point one way: app → ui → oss, app → oss, sandbox → oss (see ../shared/style.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const CORE_PURITY_MESSAGE =
  'src/oss is the pure domain core: relative imports inside src/oss and `zod` only (design.md).';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-sandbox',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      '.sandbox-data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/oss',
              from: ['./src/app', './src/ui', './src/sandbox'],
              message: CORE_PURITY_MESSAGE,
            },
            {
              target: './src/ui',
              from: ['./src/app', './src/sandbox'],
              message: 'ui is presentational: it may import oss types only.',
            },
            {
              target: './src/app',
              from: './src/sandbox',
              message: 'Browser code never imports the Node-only sandbox.',
            },
            {
              target: './src/sandbox',
              from: ['./src/app', './src/ui'],
              message: 'The sandbox reuses src/oss only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/oss/**/*.ts'],
    ignores: ['src/oss/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod$)(?!\\.{1,2}/)', message: CORE_PURITY_MESSAGE }] },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'process'].map(
          (name) => ({ name, message: CORE_PURITY_MESSAGE }),
        ),
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/oss', '**/oss/*'],
              allowTypeImports: true,
              message: 'ui imports oss types only; app does the calls.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['*.config.{js,ts}', 'bench/**/*.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
);
