import { describe, expect, it } from 'vitest';
import { telegramConfigSchema } from './telegram.config.js';

const base = { botToken: '123456789:AAHabcdefghijklmnopqrstuvwxyz', chatId: '-1001234567890' };

describe('telegram apiBaseUrl: the bot token is in the URL, so it is never sent in clear to a public host', () => {
  it.each(['http://api.telegram.org', 'http://bot-api.example.com:8081', 'http://8.8.8.8'])('refuses %s with a config error naming https', (apiBaseUrl) => {
    const result = telegramConfigSchema.safeParse({ ...base, apiBaseUrl });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['apiBaseUrl'], message: expect.stringMatching(/must be an https URL/) });
  });

  it.each(['https://api.telegram.org', 'https://bot-api.example.com:8443', 'http://127.0.0.1:8081', 'http://localhost:8081', 'http://10.0.0.5:8081', 'http://[::1]:8081'])(
    'accepts %s',
    (apiBaseUrl) => expect(telegramConfigSchema.safeParse({ ...base, apiBaseUrl }).success).toBe(true),
  );
});
