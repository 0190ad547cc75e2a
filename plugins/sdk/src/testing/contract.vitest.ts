// The only module of the SDK that imports vitest; only `./testing` needs it, and a plugin's tests bring their own vitest
// (a devDependency, as create-plugin writes). Deliberately not a peer dependency, even an optional one: npm then counts
// an installed vitest as part of the production tree (`devOptional`), and `npm prune --omit=dev` keeps it, and all of
// vite, jsdom and esbuild with it, in every production install of a plugin or of Signalbox's own images.
// Importing vitest outside a test run is harmless; other runners use channelContractSuite() directly.
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { AnyChannelDefinition } from '../channel.types.js';
import { channelContractSuite } from './contract.checks.js';
import type { ContractOptions } from './contract.options.js';

/**
 * Registers the standard contract tests for a channel in the calling spec file:
 *
 *   runChannelContractTests(myChannel, { validConfig: (url) => ({ url, token: 'secret-token-123' }) });
 *
 * See ContractOptions for the platform's 429/error shapes and extra secret values.
 */
export function runChannelContractTests<Config>(definition: AnyChannelDefinition, options: ContractOptions<Config>): void {
  const suite = channelContractSuite(definition, options as ContractOptions);
  describe(`channel contract: ${definition.id}`, () => {
    beforeAll(() => suite.setup());
    afterAll(() => suite.teardown());
    for (const group of ['definition', 'format', 'send'] as const) {
      const checks = suite.checks.filter((check) => check.group === group);
      if (checks.length === 0) continue;
      describe(group, () => {
        for (const check of checks) it(check.name, () => check.run(), options.timeoutMs ?? 15_000);
      });
    }
  });
}
