import { describe, expect, it } from 'vitest';
import { diffValues } from './config-diff.js';
import { envName, isEnvRef, secretAsRefs, unresolvedRefs, withKeptSecrets } from './config-secrets.js';

describe('secret references', () => {
  it('names variables after the channel and field, unique within one export', () => {
    expect(envName('Ops Slack', 'webhookUrl')).toBe('OPS_SLACK_WEBHOOK_URL');
    expect(envName('PagerDuty (prod)', 'signing.secret')).toBe('PAGER_DUTY_PROD_SIGNING_SECRET');
    expect(envName('9 lives', 'url')).toBe('_9_LIVES_URL');
    const taken = new Set<string>();
    expect(secretAsRefs('x', 'OPS_URL', taken)).toEqual({ env: 'OPS_URL' });
    expect(secretAsRefs('y', 'OPS_URL', taken)).toEqual({ env: 'OPS_URL_2' });
    expect(secretAsRefs({ Authorization: 'a', 'X-Key': 'b' }, 'HOOK_HEADERS', taken)).toEqual({
      Authorization: { env: 'HOOK_HEADERS_AUTHORIZATION' }, 'X-Key': { env: 'HOOK_HEADERS_X_KEY' },
    });
  });

  it('finds references the client left unresolved, in plain and record secrets only', () => {
    const config = { url: { env: 'A' }, headers: { Authorization: { env: 'B' }, Accept: 'json' }, note: { env: 'not a secret' } };
    expect(unresolvedRefs(config, ['url', 'headers', 'signing.secret'])).toEqual([{ path: 'url', env: 'A' }, { path: 'headers.Authorization', env: 'B' }]);
    expect(isEnvRef({ env: 'A', other: 1 })).toBe(false);
  });

  it('keeps a stored secret the file leaves out, and only then', () => {
    const stored = { url: 'https://stored', 'signing.secret': 'whsec_stored' };
    expect(withKeptSecrets({ url: 'https://new', signing: { style: 'standard-webhooks' } }, ['url', 'signing.secret'], stored))
      .toEqual({ url: 'https://new', signing: { style: 'standard-webhooks', secret: 'whsec_stored' } });
  });
});

describe('diffValues', () => {
  it('reports leaf paths, a whole array when its length changes, and nothing when equal', () => {
    expect(diffValues({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } }, 'config')).toEqual([{ path: 'config.b.c[1]', before: 2, after: 3 }]);
    expect(diffValues([1], [1, 2], 'x')).toEqual([{ path: 'x', before: [1], after: [1, 2] }]);
    expect(diffValues({ a: undefined }, {}, '')).toEqual([]);
    expect(diffValues({ k: 1 }, {}, '')).toEqual([{ path: 'k', before: 1 }]);
  });
});
