// Layers point one way: app → ui → oss, app → oss, sandbox → oss (see ../shared/style.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const CORE_PURITY_MESSAGE =
  'src/oss is the pure domain core: relative imports inside src/oss and `zod` only (src/oss/README.md).';

// The core's folders depend one way, in this order: a folder may import the ones before it (and the
// root's limits.ts, result.ts, check-types.ts, texts.ts and doc-urls-zh.ts), never the ones after
// it. The two pipelines at the root (build-post-form.ts, evaluate-post.ts) and index.ts sit above
// every folder but the last three.
const CORE_FOLDER_ORDER = [
  'formats',
  'signing',
  'policy',
  'form',
  'callback',
  'checks',
  'evaluate',
  'errors',
  'cors',
  'snippets',
  'interchange',
  'probe',
];
const CORE_PIPELINES = ['./src/oss/build-post-form.ts', './src/oss/evaluate-post.ts'];
const coreFolderZones = CORE_FOLDER_ORDER.map((folder, index) => {
  const later = CORE_FOLDER_ORDER.slice(index + 1).map((f) => `./src/oss/${f}`);
  const pipelines = ['snippets', 'interchange', 'probe'].includes(folder) ? [] : CORE_PIPELINES;
  return {
    target: `./src/oss/${folder}`,
    from: [...later, ...pipelines, './src/oss/index.ts', './src/oss/fixtures'],
    message: `src/oss/${folder} may import only the folders before it: ${CORE_FOLDER_ORDER.join(' → ')} (eslint.config.js).`,
  };
});

const LAYER_ZONES = [
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
  {
    target: ['./src/app', './src/ui', './bench', './vite-plugins'],
    from: './src/oss',
    except: ['./index.ts'],
    message: 'Outside the core, import src/oss/index.ts only (its public surface).',
  },
  {
    target: './src/sandbox',
    from: './src/oss',
    except: ['./index.ts', './fixtures'],
    message: 'The sandbox imports src/oss/index.ts only (its tests also the test-only fixtures/).',
  },
  {
    target: ['./src/sandbox/!(test-support)/**/!(*.test).ts', './src/sandbox/!(*.test).ts'],
    from: './src/oss/fixtures',
    message: 'src/oss/fixtures/ is test-only: the sandbox itself never imports it.',
  },
  {
    target: ['./test', './e2e'],
    from: './src/oss',
    except: ['./index.ts', './fixtures'],
    message: 'Tests outside the core import src/oss/index.ts (and its test-only fixtures/) only.',
  },
];

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
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    files: ['src/oss/**/*.ts'],
    // Tests, and the fixture that loads the official SDK for them, run in Node only.
    ignores: ['src/oss/**/*.test.ts', 'src/oss/fixtures/ali-oss.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...LAYER_ZONES, ...coreFolderZones] }],
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
              // The one text mechanism (src/oss/texts.ts): ui defines its texts and reads them
              // in the reader's language with it, as every layer does.
              allowImportNames: ['defineTexts', 'translate', 'namespaceOf', 'englishOf'],
              message: 'ui imports oss types only (and the texts mechanism); app does the calls.',
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
