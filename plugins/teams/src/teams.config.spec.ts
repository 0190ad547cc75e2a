import { readFileSync } from 'node:fs';
import { configJsonSchema, validateChannelDefinition } from '@signalbox/plugin-sdk';
import { describe, expect, it } from 'vitest';
import teams from './index.js';
import { teamsConfigSchema } from './teams.config.js';
import { TEAMS_CHANNEL_VERSION } from './teams.version.js';

const issues = (webhookUrl: unknown) => {
  const parsed = teamsConfigSchema.safeParse({ webhookUrl });
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};
const WORKFLOWS = 'https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=s3cret';

describe('teams config', () => {
  it('accepts Workflows URLs (Logic Apps and Power Platform hosts)', () => {
    expect(issues(WORKFLOWS)).toEqual([]);
    expect(issues('https://default0123.ab.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=x')).toEqual([]);
  });

  it.each([
    'https://contoso.webhook.office.com/webhookb2/1111@2222/IncomingWebhook/3333/4444',
    'https://outlook.office.com/webhook/1111@2222/IncomingWebhook/3333/4444',
  ])('detects a retired Office 365 connector URL and says what to do: %s', (url) => {
    const [message] = issues(url);
    expect(message).toMatch(/Office 365 connectors are retired; create a Workflows webhook in Teams: .*Post to a channel when a webhook request is received/);
  });

  it('https only (http just for a loopback fake)', () => {
    expect(issues('http://prod-12.westeurope.logic.azure.com/workflows/abc')).toEqual(['must be an https URL']);
    expect(issues('http://127.0.0.1:9999/workflows/abc')).toEqual([]);
    expect(issues('nope')).toEqual(['must be an https URL']);
  });

  it('is a valid definition: URL secret and write-only, 28 KB declared', () => {
    expect(validateChannelDefinition(teams)).toEqual([]);
    expect(teams.secrets).toEqual(['webhookUrl']);
    expect(teams.limits?.maxPayloadBytes).toBe(28_000);
    const schema = configJsonSchema(teams) as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties.webhookUrl).toMatchObject({ writeOnly: true });
  });

  it('version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(TEAMS_CHANNEL_VERSION).toBe(pkg.version);
  });
});
