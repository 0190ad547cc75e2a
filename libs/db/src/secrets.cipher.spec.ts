import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretsCipher } from './secrets.cipher.js';

describe('SecretsCipher', () => {
  const cipher = new SecretsCipher(randomBytes(32).toString('base64'));

  it('round-trips secrets without leaving them readable in the stored form', () => {
    const stored = cipher.encrypt({ webhookUrl: 'https://hooks.example/T000/B000/XXXX' });
    expect(stored).not.toContain('hooks.example');
    expect(cipher.decrypt(stored)).toEqual({ webhookUrl: 'https://hooks.example/T000/B000/XXXX' });
  });

  it('refuses a ciphertext that was tampered with or made under another key', () => {
    const stored = cipher.encrypt({ token: 'x' });
    const other = new SecretsCipher(randomBytes(32).toString('base64'));
    expect(() => other.decrypt(stored)).toThrow();
    const flipped = stored.slice(0, -2) + (stored.endsWith('A') ? 'BB' : 'AA');
    expect(() => cipher.decrypt(flipped)).toThrow();
  });

  it('rejects a key of the wrong size', () => {
    expect(() => new SecretsCipher(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
