import { canonicalJson, hmacSignatureHeaders } from '@signalbox/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { verifyHook, type VerifyInput } from './source.verify.js';

const body = { title: '[Nemo Router] Cost leak detected', severity: 'CRITICAL', details: { amount: 212.5, note: 'é' } };
const raw = JSON.stringify(body);
const base = (over: Partial<VerifyInput>): VerifyInput => ({ verification: 'path-token', rawBody: raw, parsedBody: body, headers: {}, signingSecret: 's3cret-s3cret', pathToken: 'tok_abc', ...over });
const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

describe('verifyHook', () => {
  it.each(['x-signature-256', 'x-webhook-signature'] as const)('%s: hex HMAC of the raw body', (style) => {
    const headers = lower(hmacSignatureHeaders(style, raw, ['s3cret-s3cret']));
    expect(verifyHook(base({ verification: style, headers }))).toBeUndefined();
    expect(verifyHook(base({ verification: style, headers, rawBody: raw.replace('212.5', '213.5') }))).toMatch(/does not match/);
    expect(verifyHook(base({ verification: style, headers: {} }))).toMatch(/missing/);
  });

  it('x-nemo-signature: sha256= over canonical JSON, whatever the wire formatting', () => {
    const headers = lower(hmacSignatureHeaders('x-nemo-signature', canonicalJson(body), ['s3cret-s3cret']));
    expect(verifyHook(base({ verification: 'x-nemo-signature', headers, rawBody: JSON.stringify(body, null, 2) }))).toBeUndefined();
    expect(verifyHook(base({ verification: 'x-nemo-signature', headers, parsedBody: { ...body, severity: 'INFO' } }))).toMatch(/does not match/);
  });

  it('accepts any of several comma-separated signatures (sender rotating its secret)', () => {
    const headers = lower(hmacSignatureHeaders('x-signature-256', raw, ['new-secret-1', 's3cret-s3cret']));
    expect(verifyHook(base({ verification: 'x-signature-256', headers }))).toBeUndefined();
  });

  it('path token: exact match only', () => {
    expect(verifyHook(base({ presentedToken: 'tok_abc' }))).toBeUndefined();
    expect(verifyHook(base({ presentedToken: 'tok_abd' }))).toMatch(/does not match/);
    expect(verifyHook(base({}))).toMatch(/missing path token/);
  });
});
