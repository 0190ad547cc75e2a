import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BundleOptions } from '@temporalio/worker';

/** Where the built worker keeps its prebuilt workflow bundle (written by `node dist/bundle.js`). */
export const prebuiltBundlePath = () => fileURLToPath(new URL('./workflow-bundle.js', import.meta.url));

/** The workflows entry point: compiled JS next to dist/worker.js, or the TS source when run from src/. */
export function workflowsEntry(): string {
  const js = fileURLToPath(new URL('./workflows/index.js', import.meta.url));
  return existsSync(js) ? js : fileURLToPath(new URL('./workflows/index.ts', import.meta.url));
}

/**
 * Workspace packages export TS sources under the "@signalbox/source" condition; the workflow bundle
 * resolves them like the tests do (webpack already compiles TS).
 */
export const bundlerOptions: Pick<BundleOptions, 'webpackConfigHook'> = {
  webpackConfigHook: (config) => {
    const resolve = config.resolve ?? {};
    resolve.conditionNames = ['@signalbox/source', ...(resolve.conditionNames ?? ['import', 'require', 'module', 'webpack', 'default'])];
    config.resolve = resolve;
    return config;
  },
};

export const hasPrebuiltBundle = () => existsSync(prebuiltBundlePath());
