import { describe, expect, it } from 'vitest';
import { ChannelDefinitionError } from '../define-channel.js';
import { createPluginRegistry, UnknownPluginError } from './plugin.registry.js';
import { testChannel } from './test-channel.fixture.js';

describe('createPluginRegistry', () => {
  const registry = createPluginRegistry([testChannel]);

  it('gets by id and throws a clear error for unknown ids', () => {
    expect(registry.get('test-channel')).toBe(testChannel);
    expect(registry.has('slack')).toBe(false);
    expect(() => registry.get('slack')).toThrow(UnknownPluginError);
    expect(() => registry.get('slack')).toThrow('Unknown channel plugin "slack" (installed: test-channel)');
  });

  it('lists the catalogue with config JSON Schemas and secret paths', () => {
    const [entry] = registry.list();
    expect(entry).toMatchObject({ id: 'test-channel', name: 'Test channel', version: '1.0.0', description: 'for tests', escape: 'none', secrets: ['url', 'auth.token'] });
    expect(entry!.configSchema).toHaveProperty('properties.auth.properties.token.writeOnly', true);
  });

  it('refuses duplicate ids and invalid definitions at start', () => {
    expect(() => createPluginRegistry([testChannel, testChannel])).toThrow(/already uses this id/);
    expect(() => createPluginRegistry([{ ...testChannel, version: 'v1' }])).toThrow(ChannelDefinitionError);
  });

  it('parseChannelConfig splits secrets out and applies defaults', () => {
    const parsed = registry.parseChannelConfig('test-channel', { url: 'https://example.com/hook?key=k', auth: { token: 'supersecret' } });
    expect(parsed).toEqual({
      ok: true,
      config: { mode: 'fast', auth: { user: 'bot' }, crash: false },
      secrets: { url: 'https://example.com/hook?key=k', 'auth.token': 'supersecret' },
    });
  });

  it('parseChannelConfig reports issues with config.-prefixed paths', () => {
    const parsed = registry.parseChannelConfig('test-channel', { url: 'nope', mode: 'medium', auth: { token: 'short' } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.path).sort()).toEqual(['config.auth.token', 'config.mode', 'config.url']);
    expect(parsed.issues.every((i) => i.message.length > 0)).toBe(true);
  });
});
