import type { AnyChannelDefinition } from '../channel.types.js';
import { validateChannelDefinition } from '../define-channel.js';
import { ContractEnvironment } from './contract.env.js';
import { checkFormat } from './contract.format.js';
import { hostileMessages } from './contract.messages.js';
import { withDefaults, type ContractOptions } from './contract.options.js';
import { checkConfigSchema, checkValidConfigParses } from './contract.schema.js';
import { checkDelivers, checkFailures, checkRateLimited, checkSecretsNeverLeak, checkTestMessage, checkTimeout, checkUnreachable } from './contract.send.js';
import { violated } from './contract.violation.js';

export interface ContractCheck {
  group: 'definition' | 'format' | 'send';
  name: string;
  run(): Promise<void> | void;
}

export interface ContractSuite {
  checks: ContractCheck[];
  /** Starts the local receiver the send checks use; call before running them. */
  setup(): Promise<void>;
  teardown(): Promise<void>;
}

/**
 * Every standard check for a channel, framework-free: `runChannelContractTests` registers them with vitest; any
 * other runner can loop over `checks` between `setup()` and `teardown()`.
 */
export function channelContractSuite(definition: AnyChannelDefinition, options: ContractOptions): ContractSuite {
  const env = new ContractEnvironment(definition, options);
  const responses = withDefaults(options.responses);
  const placeholderUrl = 'https://hooks.example.com/contract';
  const parsedConfig = () => definition.config.parse(options.validConfig(placeholderUrl));
  const checks: ContractCheck[] = [
    { group: 'definition', name: 'is a valid definition', run: () => violated(validateChannelDefinition(definition).length === 0, () => validateChannelDefinition(definition).join('; ')) },
    { group: 'definition', name: 'validConfig() parses with the config schema', run: () => checkValidConfigParses(definition, options.validConfig(placeholderUrl)) },
    { group: 'definition', name: 'config schema converts to valid JSON Schema that accepts validConfig() and marks secrets writeOnly', run: () => checkConfigSchema(definition, options.validConfig(placeholderUrl)) },
    ...hostileMessages().map(({ name, message }): ContractCheck => ({ group: 'format', name: `format() stays within limits: ${name}`, run: () => checkFormat(definition, parsedConfig(), name, message) })),
  ];
  if (options.http !== false) {
    checks.push(
      { group: 'send', name: 'delivers through ctx.http (global fetch is disabled), one request per attempt', run: () => checkDelivers(env, responses.success) },
      { group: 'send', name: 'the test message (isTest) arrives with its visible marker', run: () => checkTestMessage(env, responses.success) },
      { group: 'send', name: '429 is RetryableError with the platform’s delay honoured', run: () => checkRateLimited(env, responses) },
      { group: 'send', name: '5xx is RetryableError', run: () => checkFailures(env, responses.serverErrors, 'retryable') },
      { group: 'send', name: 'permanent 4xx is PermanentError', run: () => checkFailures(env, responses.permanentErrors, 'permanent') },
      { group: 'send', name: 'gone (410) is GoneError, so the host disables the channel', run: () => checkFailures(env, responses.goneErrors, 'gone') },
      { group: 'send', name: 'a timeout is RetryableError', run: () => checkTimeout(env) },
      { group: 'send', name: 'an unreachable endpoint is RetryableError', run: () => checkUnreachable(env) },
      { group: 'send', name: 'secrets never appear in logs or errors (error bodies echoing the request, timeouts)', run: () => checkSecretsNeverLeak(env, responses) },
    );
  }
  return { checks, setup: () => (options.http === false ? Promise.resolve() : env.start()), teardown: () => env.stop() };
}
