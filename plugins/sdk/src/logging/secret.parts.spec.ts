import { describe, expect, it } from 'vitest';
import { createSecretMasker } from './secret.mask.js';
import { maskCutTail, secretParts } from './secret.parts.js';

describe('secretParts', () => {
  it('adds the token-bearing path, segments and query values of a URL, not plain words', () => {
    const parts = secretParts(['https://hooks.slack.com/services/T0A1B2C3D/B0E1F2G3H/abcDEF123ghiJKL456mnoPQR']);
    expect(parts).toContain('/services/T0A1B2C3D/B0E1F2G3H/abcDEF123ghiJKL456mnoPQR');
    expect(parts).toContain('abcDEF123ghiJKL456mnoPQR');
    expect(parts).toContain('T0A1B2C3D');
    expect(parts).not.toContain('services');
    const teams = secretParts(['https://x.logic.azure.com/workflows/1/triggers/manual/paths/invoke?api-version=1&sig=S1gn4tureValue_x']);
    expect(teams).toContain('S1gn4tureValue_x');
  });

  it('adds the credential behind an auth scheme, a decoded Basic pair and the secret half of a bot token', () => {
    const basic = `Basic ${Buffer.from('alice:pa55word!').toString('base64')}`;
    const parts = secretParts(['Bearer hdr-secret-abcdef', basic, '123456789:AAHsecretTelegramTokenValue123']);
    expect(parts).toEqual(expect.arrayContaining(['hdr-secret-abcdef', 'alice:pa55word!', 'pa55word!', 'AAHsecretTelegramTokenValue123']));
  });
});

describe('masking a response that echoes the request', () => {
  it('leaves no secret-bearing part in clear', () => {
    const secrets = secretParts([
      'http://127.0.0.1:9/hook/WEBHOOK-PATH-TOKEN-123?sig=QUERYSECRET123',
      'Bearer hdr-secret-abcdef123',
      '123456789:AAHsecretTelegramTokenValue123',
    ]);
    const mask = createSecretMasker(secrets);
    const echo = JSON.stringify({
      line: 'POST /hook/WEBHOOK-PATH-TOKEN-123?sig=QUERYSECRET123 HTTP/1.1',
      headers: { authorization: 'hdr-secret-abcdef123' },
      url: '/botAAHsecretTelegramTokenValue123/sendMessage',
      encoded: '/bot123456789%3AAAHsecretTelegramTokenValue123/sendMessage',
    });
    const masked = mask(echo);
    for (const s of ['WEBHOOK-PATH-TOKEN-123', 'QUERYSECRET123', 'hdr-secret-abcdef123', 'AAHsecretTelegramTokenValue123']) expect(masked).not.toContain(s);
  });

  it('masks a secret cut in half by the excerpt cap', () => {
    const secrets = ['AAHsecretTelegramTokenValue123'];
    expect(maskCutTail('{"url":"/botAAHsecretTe…', secrets, '***')).toBe('{"url":"/bot***…');
    expect(maskCutTail('{"url":"/botAAHsecretTe', secrets, '***')).toBe('{"url":"/bot***');
    expect(maskCutTail('nothing secret here', secrets, '***')).toBe('nothing secret here');
  });
});
