import { readFileSync } from 'node:fs';
import { configJsonSchema, validateChannelDefinition } from '@signalbox/plugin-sdk';
import { describe, expect, it } from 'vitest';
import slack from './index.js';
import { slackConfigSchema } from './slack.config.js';
import { SLACK_CHANNEL_VERSION } from './slack.version.js';

const issues = (config: unknown) => {
  const parsed = slackConfigSchema.safeParse(config);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

describe('slack config', () => {
  it('accepts an incoming webhook URL; linkButton defaults to false', () => {
    expect(slackConfigSchema.parse({ webhookUrl: 'https://hooks.slack.com/services/T0/B0/abc' })).toEqual({ webhookUrl: 'https://hooks.slack.com/services/T0/B0/abc', linkButton: false });
  });

  it('explains what is wrong with other URLs', () => {
    expect(issues({ webhookUrl: 'http://hooks.slack.com/services/T0/B0/abc' })).toEqual(['must be an https URL']);
    expect(issues({ webhookUrl: 'https://hooks.slack.com/triggers/T0/123/abc' })[0]).toMatch(/Workflow Builder webhook.*create an incoming webhook/);
    expect(issues({ webhookUrl: 'https://example.com/hook' })[0]).toMatch(/does not look like a Slack incoming webhook URL/);
    expect(issues({ webhookUrl: 'not a url' })).toEqual(['must be an https URL']);
    expect(issues({})).toHaveLength(1);
  });

  it('allows plain http only to a loopback fake', () => {
    expect(issues({ webhookUrl: 'http://127.0.0.1:4000/services/T0/B0/abc' })).toEqual([]);
  });

  it('is a valid definition: webhookUrl secret and write-only in the form schema', () => {
    expect(validateChannelDefinition(slack)).toEqual([]);
    expect(slack.secrets).toEqual(['webhookUrl']);
    expect(slack.escape).toBe('slack_mrkdwn');
    const schema = configJsonSchema(slack) as { properties: Record<string, Record<string, unknown>>; required?: string[] };
    expect(schema.properties.webhookUrl).toMatchObject({ writeOnly: true });
    expect(schema.required).toEqual(['webhookUrl']);
  });

  it('version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(SLACK_CHANNEL_VERSION).toBe(pkg.version);
  });
});
