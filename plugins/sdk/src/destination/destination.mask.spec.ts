import { describe, expect, it } from 'vitest';
import { defineChannel } from '../define-channel.js';
import { describeChannelDestination } from './destination.describe.js';
import { maskEmail, maskEmails, maskTail, maskUrl } from './destination.mask.js';
import { z } from 'zod';

describe('destination masks', () => {
  it('keeps a URL\'s host and the last four characters of its token, nothing else', () => {
    expect(maskUrl('https://hooks.slack.com/services/T000/B000/XXXXabcd1234')).toBe('hooks.slack.com/…/1234');
    expect(maskUrl('https://user:pw@example.com:8443/in?token=secret')).toBe('example.com:8443/…');
    expect(maskUrl('https://example.com/')).toBe('example.com');
    expect(maskUrl('not a url')).toBe('…');
  });

  it('shows an email\'s first letter and domain', () => {
    expect(maskEmail('ops@example.com')).toBe('o***@example.com');
    expect(maskEmails(['ops@example.com', 'dev@example.com', 'x@y.io'])).toBe('o***@example.com +2');
    expect(maskEmails('a@b.c')).toBe('a***@b.c');
  });

  it('shows the last four characters of a key only when the key is at least twice as long', () => {
    expect(maskTail('R0123456789abcdef1a2b')).toBe('…1a2b');
    expect(maskTail('short')).toBe('…');
  });
});

describe('describeChannelDestination', () => {
  const base = { name: 'T', version: '1.0.0', escape: 'none' as const, format: () => ({}), send: async () => ({}) };

  it("uses the plugin's own description", () => {
    const channel = defineChannel({ ...base, id: 'own', config: z.object({ url: z.string() }), secrets: ['url'], describeDestination: (c) => maskUrl(c.url) });
    expect(describeChannelDestination(channel, { url: 'https://hooks.example.com/a/abcdefgh9876' })).toBe('hooks.example.com/…/9876');
  });

  it('refuses a description that contains a whole secret, and one that throws', () => {
    const leaky = defineChannel({ ...base, id: 'leaky', config: z.object({ token: z.string() }), secrets: ['token'], describeDestination: (c) => `token ${c.token}` });
    expect(describeChannelDestination(leaky, { token: 'sup3rs3cret' })).toBeNull();
    const broken = defineChannel({ ...base, id: 'broken', config: z.object({ token: z.string() }), secrets: ['token'], describeDestination: () => { throw new Error('x'); } });
    expect(describeChannelDestination(broken, { token: 'sup3rs3cret' })).toBeNull();
  });

  it('falls back to the masked host of a non-secret URL field, never a secret one', () => {
    const plain = defineChannel({ ...base, id: 'plain', config: z.object({ siteUrl: z.string(), webhookUrl: z.string() }), secrets: ['webhookUrl'] });
    expect(describeChannelDestination(plain, { webhookUrl: 'https://secret.example/x', siteUrl: 'https://team.example.net/path/abcdefgh' })).toBe('team.example.net/…/efgh');
    const secretOnly = defineChannel({ ...base, id: 'secret-only', config: z.object({ webhookUrl: z.string() }), secrets: ['webhookUrl'] });
    expect(describeChannelDestination(secretOnly, { webhookUrl: 'https://secret.example/x' })).toBeNull();
  });
});
