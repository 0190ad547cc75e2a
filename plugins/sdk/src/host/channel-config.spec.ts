import { describe, expect, it } from 'vitest';
import { maskConfig, MASKED_SECRET, mergeSecrets, parseConfigWith, restoreMaskedSecrets, secretValues } from './channel-config.js';
import { testChannel } from './test-channel.fixture.js';

const full = { url: 'https://example.com/hook', mode: 'fast', auth: { user: 'bot', token: 'supersecret' }, crash: false };

describe('channel config helpers', () => {
  it('mergeSecrets restores what parse split, without mutating inputs', () => {
    const parsed = parseConfigWith(testChannel, full);
    if (!parsed.ok) throw new Error('expected ok');
    const stored = structuredClone(parsed.config);
    expect(mergeSecrets(parsed.config, parsed.secrets)).toEqual(full);
    expect(parsed.config).toEqual(stored);
  });

  it('mergeSecrets recreates a group that only held secrets', () => {
    expect(mergeSecrets({}, { 'auth.token': 't' })).toEqual({ auth: { token: 't' } });
  });

  it('maskConfig replaces secrets with ******** and leaves the rest', () => {
    expect(maskConfig(testChannel, full)).toEqual({ ...full, url: MASKED_SECRET, auth: { user: 'bot', token: MASKED_SECRET } });
    expect(maskConfig({ secrets: ['headers'] }, { headers: { Authorization: 'Bearer x' } })).toEqual({ headers: { Authorization: MASKED_SECRET } });
    expect(maskConfig(testChannel, { mode: 'fast' })).toEqual({ mode: 'fast' });
  });

  it('restoreMaskedSecrets keeps stored secrets the client sent back masked', () => {
    const edited = { ...maskConfig(testChannel, full), mode: 'slow' };
    const restored = restoreMaskedSecrets(testChannel, edited, { url: full.url, 'auth.token': 'supersecret' });
    expect(restored).toEqual({ ...full, mode: 'slow' });
  });

  it('secretValues lists every secret string', () => {
    expect(secretValues(testChannel, full)).toEqual(['https://example.com/hook', 'supersecret']);
  });
});
