import { type AnyChannelDefinition } from '@signalbox/plugin-sdk';
import { deliverMessage, mergeSecrets, type DeliverInput, type DeliveryOutcome } from '@signalbox/plugin-sdk/host';

/**
 * One call into a channel plugin through the SDK's host helper (parse config → format → send, secrets
 * masked in logs and errors). Secrets are stored apart from config, keyed by secret path.
 */
export function invokePlugin(
  definition: AnyChannelDefinition,
  input: Omit<DeliverInput, 'config' | 'isTest'> & { config: Record<string, unknown>; secrets: Record<string, unknown> },
): Promise<DeliveryOutcome> {
  const { secrets, config, ...rest } = input;
  return deliverMessage(definition, { ...rest, config: mergeSecrets(config, secrets), isTest: false });
}
