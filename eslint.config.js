// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The layers of the code, enforced: app → features → shared (api, components, lib, config) → catalog
 * (the domain). A feature never imports another feature. The server shares only the domain
 * with the web app, and only the MSW host (src/mocks) reaches into the server.
 */
const layerZones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature; compose them in src/app.',
  })),
  {
    target: [
      './src/features',
      './src/api',
      './src/components',
      './src/lib',
      './src/config',
      './src/catalog',
    ],
    from: './src/app',
    message: 'Only src/app may import the app layer.',
  },
  {
    target: ['./src/api', './src/components', './src/lib', './src/config', './src/catalog'],
    from: './src/features',
    message: 'Shared code must not depend on a feature.',
  },
  {
    target: './src/catalog',
    from: ['./src/api', './src/components', './src/lib', './src/config', './src/mocks'],
    message: 'The domain (src/catalog) is pure TypeScript shared with the server.',
  },
  {
    target: [
      './src/app',
      './src/features',
      './src/components',
      './src/lib',
      './src/config',
      './src/catalog',
    ],
    from: './server',
    message: 'The web app talks to the server through HTTP only; only src/mocks hosts the API.',
  },
  {
    target: './server',
    from: [
      './src/app',
      './src/features',
      './src/components',
      './src/lib',
      './src/config',
      './src/mocks',
    ],
    message: 'The server may share only the domain (src/catalog) with the web app.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      'coverage',
      'playwright-report',
      'test-results',
      'public/mockServiceWorker.js',
      '.data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'No barrel re-exports: import from the file that defines the thing.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    rules: {
      // A scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  prettier,
);
