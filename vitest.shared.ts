import { defineConfig, type ViteUserConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under this condition, so tests run
// against src/ without a build step (production code resolves dist/ through "default").
export const sourceConditions = ['@signalbox/source'];

export function nodeProject(name: string, extra: ViteUserConfig = {}) {
  return defineConfig({
    ...extra,
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: sourceConditions, externalConditions: sourceConditions } },
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
      testTimeout: 30_000,
      hookTimeout: 120_000,
      ...extra.test,
    },
  });
}
