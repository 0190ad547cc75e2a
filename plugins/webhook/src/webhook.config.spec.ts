import { createPluginRegistry, maskConfig, mergeSecrets } from '@signalbox/plugin-sdk/host';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import webhook, { WEBHOOK_CHANNEL_VERSION } from './index.js';

const registry = createPluginRegistry([webhook]);
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const issuesOf = (input: unknown) => {
  const parsed = registry.parseChannelConfig('webhook', input);
  return parsed.ok ? [] : parsed.issues;
};

describe('webhook config', () => {
  it('applies defaults and splits the URL, headers and signing secrets out as secrets', () => {
    const parsed = registry.parseChannelConfig('webhook', { url: 'https://hooks.example.com/t/abc', headers: { Authorization: 'Bearer x' }, signing: { secret: SECRET } });
    expect(parsed).toEqual({
      ok: true,
      config: { method: 'POST', body: 'envelope', signing: { style: 'standard-webhooks' } },
      secrets: { url: 'https://hooks.example.com/t/abc', headers: { Authorization: 'Bearer x' }, 'signing.secret': SECRET },
    });
    if (!parsed.ok) return;
    const full = mergeSecrets(parsed.config, parsed.secrets);
    expect(maskConfig(webhook, full)).toMatchObject({ url: '********', headers: { Authorization: '********' }, signing: { style: 'standard-webhooks', secret: '********' } });
  });

  it.each([
    ['a non-http URL', { url: 'ftp://example.com', signing: { style: 'none' } }, 'config.url'],
    ['a missing signing secret', { url: 'https://example.com' }, 'config.signing.secret'],
    ['a secret that is not whsec_ base64', { url: 'https://example.com', signing: { secret: 'hunter2' } }, 'config.signing.secret'],
    ['a bad previous secret', { url: 'https://example.com', signing: { secret: SECRET, previousSecret: 'old' } }, 'config.signing.previousSecret'],
    ['custom body without template', { url: 'https://example.com', body: 'custom', signing: { style: 'none' } }, 'config.bodyTemplate'],
    ['a template syntax error', { url: 'https://example.com', body: 'custom', bodyTemplate: '{"a": "{{#if x}}"}', signing: { style: 'none' } }, 'config.bodyTemplate'],
    ['a reserved header', { url: 'https://example.com', headers: { 'Webhook-Signature': 'x' }, signing: { style: 'none' } }, 'config.headers.Webhook-Signature'],
    ['a header value with a line break', { url: 'https://example.com', headers: { 'X-A': 'a\r\nX-B: b' }, signing: { style: 'none' } }, 'config.headers.X-A'],
    ['an unknown method', { url: 'https://example.com', method: 'GET', signing: { style: 'none' } }, 'config.method'],
  ])('rejects %s', (_label, input, path) => {
    expect(issuesOf(input).map((issue) => issue.path)).toContain(path);
  });

  it('accepts any non-empty secret for the hex HMAC styles', () => {
    expect(issuesOf({ url: 'https://example.com', signing: { style: 'x-signature-256', secret: 'hunter2' } })).toEqual([]);
  });

  it('serves a form schema with secret fields write-only', () => {
    const [entry] = registry.list();
    expect(entry!.secrets).toEqual(['url', 'headers', 'signing.secret', 'signing.previousSecret']);
    expect(entry!.configSchema).toHaveProperty('properties.url.writeOnly', true);
    expect(entry!.configSchema).toHaveProperty('properties.signing.properties.secret.format', 'password');
    expect(entry!.configSchema).toHaveProperty('properties.signing.properties.style.default', 'standard-webhooks');
  });

  it('User-Agent version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(WEBHOOK_CHANNEL_VERSION).toBe(pkg.version);
  });
});
