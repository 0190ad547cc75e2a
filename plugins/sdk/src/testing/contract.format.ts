import type { Message } from '@signalbox/route-model';
import type { AnyChannelDefinition } from '../channel.types.js';
import { preview, violated } from './contract.violation.js';

function payloadBytes(payload: unknown): number {
  return Buffer.byteLength(typeof payload === 'string' ? payload : (JSON.stringify(payload) ?? ''), 'utf8');
}

/** Strings anywhere in the payload (a Buffer payload counts as one string). */
function* strings(value: unknown, path = 'payload'): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${path}[${i}]`);
  else if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) yield* strings(item, `${path}.${key}`);
  }
}

/** Truncating between the two halves of a surrogate pair leaves invalid UTF-16 that platforms reject or mangle. */
function loneSurrogateAt(text: string): number {
  // No `u` flag: the pattern must see UTF-16 code units, not code points.
  return text.search(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
}

/**
 * format() must be total and stay within the platform's limits for any message: no throw, at most
 * `limits.maxPayloadBytes`, no violation reported by the plugin's own `validatePayload`, well-formed UTF-16.
 */
export function checkFormat(definition: AnyChannelDefinition, config: unknown, name: string, message: Message): void {
  let payload: unknown;
  try {
    payload = definition.format(message, config);
  } catch (error) {
    throw new Error(`format() threw on "${name}": ${(error as Error).message} — truncate or escape instead`, { cause: error });
  }
  violated(payload !== undefined && payload !== null, `format() returned nothing for "${name}"`);
  const max = definition.limits?.maxPayloadBytes;
  if (max !== undefined) {
    const size = payloadBytes(payload);
    violated(size <= max, `payload for "${name}" is ${size} bytes, over limits.maxPayloadBytes ${max}`);
  }
  const problems = definition.validatePayload?.(payload) ?? [];
  violated(Array.isArray(problems) && problems.length === 0, () => `payload for "${name}" breaks the platform's limits: ${problems.join('; ')}`);
  for (const [path, text] of strings(payload)) {
    const at = loneSurrogateAt(text);
    violated(at < 0, () => `${path} for "${name}" has a lone surrogate at ${at} (an emoji cut in half): ${preview(text.slice(Math.max(0, at - 20), at + 5))}`);
  }
}
