import type { ChannelLogger } from '../channel.types.js';
import { createSecretMasker, maskValue } from './secret.mask.js';

/**
 * Wraps a logger so no secret value reaches it: messages and every string inside `fields` are masked.
 * The host hands plugins this wrapper as ctx.logger, built from the channel's own secret values.
 */
export function createMaskingLogger(base: ChannelLogger, secretValues: Iterable<string>): ChannelLogger {
  const mask = createSecretMasker(secretValues);
  const wrap =
    (level: keyof ChannelLogger) =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (fields === undefined) base[level](mask(message));
      else base[level](mask(message), maskValue(fields, mask) as Record<string, unknown>);
    };
  return { info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}
