import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { generateStandardWebhooksSecret, isStandardWebhooksSecret, standardWebhooksHeaders } from './standard-webhooks.sign.js';

// The spec's published test vector (also in DESIGN.md "Facts worth having").
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: new Date(1614265330 * 1000),
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

describe('standardWebhooksHeaders', () => {
  it('reproduces the Standard Webhooks test vector', () => {
    const headers = standardWebhooksHeaders({ id: VECTOR.id, timestamp: VECTOR.timestamp, body: VECTOR.body, secrets: [VECTOR.secret] });
    expect(headers).toEqual({ 'webhook-id': VECTOR.id, 'webhook-timestamp': '1614265330', 'webhook-signature': VECTOR.signature });
  });

  it('lists one signature per secret, space-separated, each verifiable on its own', () => {
    const previous = generateStandardWebhooksSecret();
    const headers = standardWebhooksHeaders({ id: 'msg_1', timestamp: new Date(), body: '{"a":1}', secrets: [VECTOR.secret, previous] });
    const signatures = headers['webhook-signature'].split(' ');
    expect(signatures).toHaveLength(2);
    expect(signatures[0]).toMatch(/^v1,/);
    expect(signatures[1]).toMatch(/^v1,/);
    // A receiver still on the old secret and one already on the new secret both accept the message.
    expect(() => new Webhook(previous).verify('{"a":1}', { ...headers })).not.toThrow();
    expect(() => new Webhook(VECTOR.secret).verify('{"a":1}', { ...headers })).not.toThrow();
    expect(() => new Webhook(generateStandardWebhooksSecret()).verify('{"a":1}', { ...headers })).toThrow();
  });

  it('refuses to sign without a secret', () => {
    expect(() => standardWebhooksHeaders({ id: 'x', timestamp: new Date(), body: '', secrets: [] })).toThrow(/at least one secret/);
  });
});

describe('Standard Webhooks secrets', () => {
  it('generates whsec_ secrets of 32 bytes', () => {
    const secret = generateStandardWebhooksSecret();
    expect(secret).toMatch(/^whsec_/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(isStandardWebhooksSecret(secret)).toBe(true);
  });

  it.each([
    ['the test vector secret (24 bytes)', VECTOR.secret, true],
    ['without the prefix', VECTOR.secret.slice(6), true],
    ['too short', 'whsec_c2hvcnQ=', false],
    ['not base64', 'whsec_not base64 at all!!!!!!!!!!!!!!!', false],
  ])('%s', (_label, secret, valid) => {
    expect(isStandardWebhooksSecret(secret)).toBe(valid);
  });
});
