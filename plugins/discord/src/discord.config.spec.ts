import { readFileSync } from 'node:fs';
import { configJsonSchema, validateChannelDefinition } from '@signalbox/plugin-sdk';
import { describe, expect, it } from 'vitest';
import discord from './index.js';
import { discordConfigSchema } from './discord.config.js';
import { DISCORD_CHANNEL_VERSION } from './discord.version.js';

const URL_OK = 'https://discord.com/api/webhooks/112233445566778899/abc-DEF_123';
const issues = (config: unknown) => {
  const parsed = discordConfigSchema.safeParse(config);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('discord config', () => {
  it('accepts a webhook URL; mentions are off by default', () => {
    expect(discordConfigSchema.parse({ webhookUrl: URL_OK })).toEqual({ webhookUrl: URL_OK, allowMentions: false });
  });

  it('explains bad values', () => {
    expect(issues({ webhookUrl: 'http://discord.com/api/webhooks/1/abc' })).toEqual(['webhookUrl: must be an https URL']);
    expect(issues({ webhookUrl: 'https://discord.com/channels/1/2' })[0]).toMatch(/does not look like a Discord webhook URL/);
    expect(issues({ webhookUrl: URL_OK, username: 'Discord Alerts' })).toEqual(['username: may not contain "discord" or "clyde" (Discord refuses such names)']);
    expect(issues({ webhookUrl: URL_OK, threadId: 'general' })).toEqual(['threadId: must be a thread id (digits)']);
    expect(issues({ webhookUrl: URL_OK, avatarUrl: 'http://e.com/a.png' })).toEqual(['avatarUrl: must be an https URL']);
  });

  it('is a valid definition with the URL secret and write-only', () => {
    expect(validateChannelDefinition(discord)).toEqual([]);
    expect(discord.secrets).toEqual(['webhookUrl']);
    expect(discord.escape).toBe('markdown');
    const schema = configJsonSchema(discord) as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties.webhookUrl).toMatchObject({ writeOnly: true });
  });

  it('version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(DISCORD_CHANNEL_VERSION).toBe(pkg.version);
  });
});
