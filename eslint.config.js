// Lint: correctness, import cycles and the boundaries between domains and between web features.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const dirs = (path) =>
  readdirSync(new URL(path, import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
const domains = dirs('./apps/server/src/domains/');
const features = dirs('./apps/web/src/features/');
/**
 * Boundaries: a domain uses another domain only through its index.ts (its public entry); lib/ uses
 * no domain; a web feature uses another only through its api and labels (shared UI lives in
 * components/, shared logic in lib/).
 */
const boundaries = [
  ...domains.flatMap((d) =>
    domains
      .filter((o) => o !== d)
      .map((o) => ({
        target: `./apps/server/src/domains/${d}`,
        from: `./apps/server/src/domains/${o}`,
        except: ['./index.ts'],
        message: `${d} may use ${o} only through domains/${o}/index.ts`,
      })),
  ),
  { target: './apps/server/src/lib', from: './apps/server/src/domains', message: 'lib/ is below the domains' },
  // A web feature's public surface is its api (queries) and labels; shared UI lives in components/.
  ...features.flatMap((f) =>
    features
      .filter((o) => o !== f)
      .map((o) => ({
        target: `./apps/web/src/features/${f}`,
        from: `./apps/web/src/features/${o}`,
        except: ['./api.ts', './api/index.ts', './labels.ts', './labels.tsx'],
        message: `web feature ${f} may use feature ${o} only through its api and labels: move what both need to components/ or lib/`,
      })),
  ),
  { target: './apps/web/src', from: './apps/server', message: 'the web never imports the server' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ['apps/server/tsconfig.json', 'apps/web/tsconfig.json', 'e2e/tsconfig.json'],
        }),
      ],
    },
    rules: {
      // A lazy import() (route-level code splitting) cannot create an initialisation cycle.
      'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true }],
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests read JSON answers loosely; the web's answer types come from the contracts once every
    // route declares its response schema (until then its report pages read them untyped).
    files: ['**/*.test.ts', 'apps/server/src/test/**', 'e2e/**', 'apps/web/src/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
