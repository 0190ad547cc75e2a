import { describe, expect, it } from 'vitest';
import type { ChannelLogger } from '../channel.types.js';
import { createMaskingLogger } from './masking.logger.js';

function recordingLogger() {
  const lines: Array<{ level: string; message: string; fields?: Record<string, unknown> }> = [];
  const at =
    (level: string) =>
    (message: string, fields?: Record<string, unknown>) =>
      lines.push({ level, message, fields });
  const logger: ChannelLogger = { info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines, text: () => JSON.stringify(lines) };
}

const secret = 'tok/en+with space&more';
const url = 'https://hooks.example.com/services/T000/B000/XXXXsecretXXXX';

describe('createMaskingLogger', () => {
  it('masks secrets in messages, raw and URL-encoded', () => {
    const { logger, lines } = recordingLogger();
    const masked = createMaskingLogger(logger, [secret, url]);
    masked.info(`posting to ${url}`);
    masked.warn(`query ?t=${encodeURIComponent(secret)} form t=${encodeURIComponent(secret).replace(/%20/g, '+')}`);
    expect(lines.map((l) => l.message)).toEqual(['posting to ***', 'query ?t=*** form t=***']);
  });

  it('masks strings nested in fields, including errors and arrays, without mutating them', () => {
    const { logger, text } = recordingLogger();
    const fields = { request: { url, headers: { authorization: `Bearer ${secret}` } }, list: [secret], error: new Error(`failed for ${url}`), count: 3 };
    createMaskingLogger(logger, [secret, url]).error('send failed', fields);
    expect(text()).not.toContain('XXXXsecretXXXX');
    expect(text()).not.toContain('tok/en');
    expect(text()).toContain('Bearer ***');
    expect(text()).toContain('"count":3');
    expect(fields.request.url).toBe(url);
  });

  it('masks a secret that contains another secret as a whole, and JSON-escaped forms', () => {
    const { logger, lines } = recordingLogger();
    createMaskingLogger(logger, ['abc', 'xxabcxx', 'q"uote']).info(`xxabcxx abc {"s":${JSON.stringify('q"uote')}}`);
    expect(lines[0]!.message).toBe('*** *** {"s":"***"}');
  });

  it('ignores empty secrets and survives circular fields', () => {
    const { logger, lines } = recordingLogger();
    const circular: Record<string, unknown> = { name: 'x' };
    circular.self = circular;
    createMaskingLogger(logger, ['']).info('plain', circular);
    expect(lines[0]).toMatchObject({ message: 'plain', fields: { name: 'x', self: '[Circular]' } });
  });
});
