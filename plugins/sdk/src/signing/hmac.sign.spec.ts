import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, hmacSignatureHeaders } from './hmac.sign.js';

const body = '{"event":"deploy.success","service":"my-app"}';
const independent = (secret: string, data: string) => createHmac('sha256', Buffer.from(secret, 'utf8')).update(Buffer.from(data, 'utf8')).digest('hex');

describe('hmac signature headers', () => {
  it('matches a known HMAC-SHA256 (RFC 4231 test case 2)', () => {
    expect(hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it.each([
    ['x-signature-256', 'X-Signature-256', ''],
    ['x-webhook-signature', 'X-Webhook-Signature', ''],
    ['x-nemo-signature', 'X-Nemo-Signature', 'sha256='],
  ] as const)('%s → %s: %s<hex>', (style, header, prefix) => {
    expect(hmacSignatureHeaders(style, body, ['s3cret'])).toEqual({ [header]: prefix + independent('s3cret', body) });
  });

  it('rotation: comma-separated, current first, each entry fully prefixed', () => {
    const headers = hmacSignatureHeaders('x-nemo-signature', body, ['new-secret', 'old-secret']);
    expect(headers['X-Nemo-Signature']).toBe(`sha256=${independent('new-secret', body)},sha256=${independent('old-secret', body)}`);
    const plain = hmacSignatureHeaders('x-signature-256', body, ['new-secret', 'old-secret'])['X-Signature-256']!.split(',');
    expect(plain).toEqual([independent('new-secret', body), independent('old-secret', body)]);
  });

  it('signs the UTF-8 bytes of non-ASCII bodies', () => {
    expect(hmacSha256Hex('k', '{"a":"é"}')).toBe(independent('k', '{"a":"é"}'));
  });
});
