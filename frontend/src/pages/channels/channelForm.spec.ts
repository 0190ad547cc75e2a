import { describe, expect, it } from 'vitest';
import { fieldLabelFromIssuePath, readableError, serverErrorsToFields } from './formErrors.js';
import { mapFromRows, rowProblems, type MapRow } from './keyValueRows.js';
import { generateSecret, isGeneratedSecret } from './secretGenerator.js';

const row = (name: string, value = 'v'): MapRow => ({ id: name + value, name, value, stored: false });

describe('header rows', () => {
  it('flags empty and duplicate names (case-insensitive) and leaves blank rows alone', () => {
    expect(rowProblems([row('Authorization'), row(''), row('authorization'), row('', '')])).toEqual([undefined, 'Name is required', '"authorization" is already set above', undefined]);
  });

  it('builds the map from usable rows only', () => {
    expect(mapFromRows([row(' X-Team ', 'ops'), row('x-team', 'dup'), row('', '')])).toEqual({ 'X-Team': 'ops' });
  });
});

describe('form errors', () => {
  it('puts API issues on their fields once, map issues on the map naming the key, the rest labelled', () => {
    const issues = [
      { path: 'config.signing.secret', message: 'must be "whsec_"…' },
      { path: 'config.signing.secret', message: 'must be "whsec_"…' },
      { path: 'config.headers.Bad Name', message: 'is not a valid HTTP header name' },
      { path: 'pluginId', message: 'unknown plugin' },
    ];
    expect(serverErrorsToFields(issues, new Set(['headers']))).toEqual({
      fields: { signing: { secret: { __errors: ['must be "whsec_"…'] } }, headers: { __errors: ['Bad Name: is not a valid HTTP header name'] } },
      other: ['Plugin ID: unknown plugin'],
      hasFieldErrors: true,
    });
    expect(fieldLabelFromIssuePath('config.signing.secret')).toBe('Signing › Secret');
  });

  it('words schema errors for people', () => {
    expect(readableError({ name: 'format', params: { format: 'uri' }, message: 'must match format "uri"', stack: '' }).message).toBe('must be a valid URL');
    expect(readableError({ name: 'pattern', params: { pattern: '^x' }, message: 'must match pattern "^x"', stack: '' }).message).toBe('does not have the expected format');
  });
});

describe('secret generator', () => {
  it('generates Standard Webhooks secrets of 32 random bytes for fields that expect whsec_, fresh each time', () => {
    const a = generateSecret({ description: 'Signing secret (Standard Webhooks: whsec_...)' });
    const b = generateSecret({ description: 'Signing secret (Standard Webhooks: whsec_...)' });
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(generateSecret({ description: 'HMAC key' })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('offers Generate only for signing secrets, not for platform-issued tokens', () => {
    expect(['secret', 'previousSecret', 'botToken', 'webhookUrl'].map(isGeneratedSecret)).toEqual([true, false, false, false]);
  });
});
