import type { Message } from '@signalbox/route-model';
import { PermanentError, type ChannelContext, type ChannelDefinition, type SendResult } from '@signalbox/plugin-sdk';

export interface InvokeOptions extends Omit<ChannelContext, 'isTest'> {
  message: Message;
  /** Non-secret config merged with the decrypted secrets. */
  config: Record<string, unknown>;
}

/**
 * One call into a channel plugin: validate config, format, send. Interim until the SDK's host helper
 * (`deliverMessage`) lands; then this becomes a thin pass-through to it.
 */
export async function invokePlugin(definition: ChannelDefinition, options: InvokeOptions): Promise<SendResult> {
  const parsed = definition.config.safeParse(options.config);
  if (!parsed.success) throw new PermanentError(`channel config is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  const payload = definition.format(options.message, parsed.data);
  const { message: _m, config: _c, ...ctx } = options;
  return definition.send(payload, parsed.data, { ...ctx, isTest: false });
}

/** Secrets are stored apart from config; a `group.key` secret goes back inside its group. */
export function mergeConfig(config: Record<string, unknown>, secrets: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...config };
  for (const [key, value] of Object.entries(secrets)) {
    const existing = out[key];
    out[key] = isPlainObject(existing) && isPlainObject(value) ? { ...existing, ...value } : value;
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
