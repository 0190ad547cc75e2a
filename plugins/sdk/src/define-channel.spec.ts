import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ChannelDefinitionError, defineChannel } from './define-channel.js';

const base = {
  id: 'demo',
  name: 'Demo',
  version: '1.2.3',
  escape: 'none' as const,
  config: z.object({ url: z.string(), auth: z.object({ token: z.string(), user: z.string() }).optional() }),
  secrets: ['url', 'auth.token'] as const,
  format: () => ({}),
  send: async () => ({}),
};

describe('defineChannel', () => {
  it('returns a valid definition unchanged', () => {
    const definition = defineChannel({ ...base, secrets: [...base.secrets] });
    expect(definition.id).toBe('demo');
  });

  it.each([
    ['id', { id: 'Demo' }, /id must match/],
    ['id too short', { id: 'd' }, /id must match/],
    ['id starting with digit', { id: '1demo' }, /id must match/],
    ['version', { version: '1.0' }, /not a semver version/],
    ['escape', { escape: 'bbcode' }, /escape must be one of/],
    ['secret not in config', { secrets: ['token'] }, /secret "token" is not a key of config/],
    ['nested secret not in config', { secrets: ['auth.password'] }, /secret "auth.password"/],
    ['config not zod', { config: { parse: () => ({}) } }, /zod 4 schema/],
  ])('rejects a bad %s', (_label, override, problem) => {
    expect(() => defineChannel({ ...base, secrets: [...base.secrets], ...override } as never)).toThrow(problem);
  });

  it('reports every problem at once', () => {
    try {
      defineChannel({ ...base, id: 'X', version: 'one', secrets: ['nope'] } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChannelDefinitionError);
      expect((error as ChannelDefinitionError).problems).toHaveLength(3);
    }
  });

  it('accepts prerelease versions and secrets behind refinements', () => {
    const config = z.object({ key: z.string() }).refine((c) => c.key !== 'x');
    expect(() => defineChannel({ ...base, version: '2.0.0-beta.1', config, secrets: ['key'] })).not.toThrow();
  });
});
