import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelDefinition } from '../channel.types.js';
import { defineChannel } from '../define-channel.js';
import { PermanentError } from '../errors.js';
import { classifyHttpResponse } from '../http/response.classify.js';
import { channelContractSuite, type ContractSuite } from './contract.checks.js';
import type { ContractOptions } from './contract.options.js';

type Config = { url: string; token: string };
type Def = ChannelDefinition<Config, { text: string }>;

/** A correct channel; each case below breaks one rule of it. */
const good: Def = defineChannel({
  id: 'kit-good',
  name: 'Kit good',
  version: '1.0.0',
  escape: 'none',
  config: z.object({ url: z.url(), token: z.string().min(8) }),
  secrets: ['url', 'token'],
  limits: { maxPayloadBytes: 8_000 },
  format: (message) => ({ text: Array.from(`${message.title}\n${message.body}`).slice(0, 1_000).join('') }),
  async send(payload, config, ctx) {
    ctx.logger.info('sending', { url: config.url, token: config.token });
    const res = await ctx.http.request(config.url, { method: 'POST', body: JSON.stringify(payload), headers: { authorization: config.token } });
    return classifyHttpResponse(res, { platform: `kit (${config.url})` });
  },
});

const options: ContractOptions<Config> = { validConfig: (url) => ({ url, token: 'tok-kit-secret-1234' }) };

function variant(overrides: Partial<Def>): Def {
  return { ...good, ...overrides };
}

/** Runs a whole suite and returns the failed checks' names with their messages. */
async function failures(definition: Def, opts: ContractOptions<Config> = options): Promise<Map<string, string>> {
  const suite: ContractSuite = channelContractSuite(definition, opts as ContractOptions);
  const failed = new Map<string, string>();
  await suite.setup();
  try {
    for (const check of suite.checks) {
      try {
        await check.run();
      } catch (error) {
        failed.set(check.name, (error as Error).message);
      }
    }
  } finally {
    await suite.teardown();
  }
  return failed;
}

const failedNames = async (definition: Def, opts?: ContractOptions<Config>) => [...(await failures(definition, opts)).keys()];

describe('channel contract kit', () => {
  it('passes a correct channel', async () => {
    expect(Object.fromEntries(await failures(good))).toEqual({});
  });

  it('catches a format() that throws, cuts emoji in half or outgrows maxPayloadBytes', async () => {
    const throwing = variant({ format: (m) => { if (m.title.length > 1000) throw new Error('too long'); return { text: m.title }; } });
    expect(await failedNames(throwing)).toContain('format() stays within limits: 10k-character title');
    for (const cut of [1000, 1001]) {
      const cutting = variant({ format: (m) => ({ text: m.title.slice(0, cut) }) });
      const names = await failedNames(cutting);
      expect(names.filter((name) => /emoji at (odd|even) offsets/.test(name))).toHaveLength(1);
    }
    const unbounded = variant({ format: (m) => ({ text: m.body }) });
    expect(await failedNames(unbounded)).toContain('format() stays within limits: 100k-character body');
  });

  it('runs the plugin’s own validatePayload on hostile input', async () => {
    const strict = variant({ validatePayload: (p) => (p.text.length > 100 ? [`text is ${p.text.length} chars (max 100)`] : []) });
    const failed = await failures(strict);
    expect(failed.get('format() stays within limits: 10k-character title')).toMatch(/text is 1000 chars \(max 100\)/);
  });

  it('catches global fetch, wrong error classes and an ignored Retry-After', async () => {
    const fetching = variant({ send: async (p, c) => { await fetch(c.url, { method: 'POST', body: JSON.stringify(p) }); return {}; } });
    expect((await failures(fetching)).get('delivers through ctx.http (global fetch is disabled), one request per attempt')).toMatch(/global fetch/);
    const allPermanent = variant({ send: async (p, c, ctx) => { const res = await ctx.http.request(c.url, { method: 'POST', body: '{}' }); if (res.status >= 300) throw new PermanentError(`failed ${res.status}`); return {}; } });
    const names = await failedNames(allPermanent);
    expect(names).toEqual(expect.arrayContaining(['429 is RetryableError with the platform’s delay honoured', '5xx is RetryableError', 'gone (410) is GoneError, so the host disables the channel']));
    const noDelay = variant({ send: async (p, c, ctx) => classifyHttpResponse(await ctx.http.request(c.url, { method: 'POST', body: '{}' }), { platform: 'x', retryAfterMs: 1 }) });
    expect((await failures(noDelay)).get('429 is RetryableError with the platform’s delay honoured')).toMatch(/retryAfterMs ≈ 7000, got 1/);
  });

  it('serves the platform’s own 429 shape', async () => {
    const bodyDelay = variant({
      send: async (p, c, ctx) => {
        const res = await ctx.http.request(c.url, { method: 'POST', body: JSON.stringify(p) });
        const retryAfter = res.status === 429 ? (JSON.parse(res.body) as { retry_after: number }).retry_after : undefined;
        return classifyHttpResponse(res, { platform: 'x', ...(retryAfter ? { retryAfterMs: retryAfter * 1000 } : {}) });
      },
    });
    const discordLike = { ...options, responses: { rateLimited: (s: number) => ({ status: 429, body: JSON.stringify({ retry_after: s }) }) } };
    expect(Object.fromEntries(await failures(bodyDelay, discordLike))).toEqual({});
  });

  it('catches a credential that leaks because it was never declared secret', async () => {
    const undeclared = variant({ secrets: ['url'] });
    const failed = await failures(undeclared, { ...options, secretValues: ['tok-kit-secret-1234'] });
    expect(failed.get('secrets never appear in logs or errors (error bodies echoing the request, timeouts)')).toMatch(/tok-…/);
  });

  it('catches a test message without its marker', async () => {
    const markerless = variant({ format: (m) => ({ text: m.body.slice(0, 500) }) });
    expect(await failedNames(markerless)).toContain('the test message (isTest) arrives with its visible marker');
  });
});

describe('http: false (non-HTTP channels)', () => {
  let suite: ContractSuite;
  beforeAll(async () => {
    suite = channelContractSuite(good, { ...options, http: false } as ContractOptions);
    await suite.setup();
  });
  afterAll(() => suite.teardown());
  it('keeps only the definition and format checks', () => {
    expect(new Set(suite.checks.map((check) => check.group))).toEqual(new Set(['definition', 'format']));
  });
});
