import { describe, expect, it } from 'vitest';
import { pagerdutyConfigSchema } from './pagerduty.config.js';

const base = { routingKey: 'R0123456789abcdef0123456789ABCDE' };

describe('pagerduty apiBaseUrl: the routing key is in the body, so it is never sent in clear to a public host', () => {
  it.each(['http://events.pagerduty.com', 'http://events.eu.pagerduty.com', 'http://1.1.1.1'])('refuses %s with a config error naming https', (apiBaseUrl) => {
    const result = pagerdutyConfigSchema.safeParse({ ...base, apiBaseUrl });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['apiBaseUrl'], message: expect.stringMatching(/must be an https URL/) });
  });

  it.each(['https://events.pagerduty.com', 'https://events.eu.pagerduty.com', 'http://127.0.0.1:9000', 'http://192.168.1.20'])('accepts %s', (apiBaseUrl) =>
    expect(pagerdutyConfigSchema.safeParse({ ...base, apiBaseUrl }).success).toBe(true),
  );
});
