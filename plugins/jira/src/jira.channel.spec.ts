import { emptyMessage, hostileMessage, recordingLogger, rejection, sampleMessage, testHttpClient } from '@signalbox/plugin-sdk/testing';
import { PermanentError, RetryableError, type Message } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import jira, { deliveryLabel } from './index.js';
import { FAKE_EMAIL, FAKE_TOKEN, startFakeJira, type FakeJira } from './jira.fake-api.js';

const http = testHttpClient();
let fake: FakeJira;

beforeAll(async () => {
  fake = await startFakeJira();
});
afterEach(() => fake.override());
afterAll(async () => {
  await http.close();
  await fake.close();
});

interface Options {
  message?: Message;
  key?: string;
  attempt?: number;
  config?: Record<string, unknown>;
  logger?: ReturnType<typeof recordingLogger>;
}

function deliver(o: Options = {}) {
  return deliverMessage(jira, {
    message: o.message ?? sampleMessage(),
    config: { siteUrl: fake.siteUrl, email: FAKE_EMAIL, apiToken: FAKE_TOKEN, projectKey: 'OPS', ...o.config },
    idempotencyKey: o.key ?? 'dlv_evt_01_node_3',
    attempt: o.attempt ?? 1,
    isTest: false,
    http,
    logger: o.logger ?? recordingLogger(),
  });
}

const failure = (subject: string) => sampleMessage({ event: { ...sampleMessage().event, subject } });
const recovery = (subject: string) => sampleMessage({ title: `Deploy recovered: ${subject}`, severity: 'info', body: 'back to **normal**', event: { ...sampleMessage().event, type: 'deploy.recovered', subject } });

describe('jira channel against a fake Jira Cloud that enforces the REST API v3 contract', () => {
  it('creates an issue: summary, priority from severity, labels, description in ADF', async () => {
    await expect(deliver({ message: failure('svc-create'), key: 'k-create' })).resolves.toMatchObject({ ok: true, statusCode: 201, responseExcerpt: expect.stringMatching(/^created OPS-\d+$/) });
    const issue = fake.issues.at(-1)!;
    expect(issue.fields).toMatchObject({ project: { key: 'OPS' }, issuetype: { name: 'Task' }, summary: 'Deploy failed: my-app', priority: { name: 'High' } });
    expect(issue.fields.labels).toEqual(['signalbox', expect.stringMatching(/^signalbox-alert-[0-9a-f]{24}$/), expect.stringMatching(/^signalbox-delivery-[0-9a-f]{24}$/)]);
    const adf = JSON.stringify(issue.fields.description);
    expect(adf).toContain('{"type":"text","text":"my-app","marks":[{"type":"strong"}]}');
    expect(adf).toContain('{"type":"link","attrs":{"href":"https://panel.example.com/deploys/1/logs"}}');
    expect(adf).toContain('{"type":"text","text":"Customer: ","marks":[{"type":"strong"}]},{"type":"text","text":"Acme Corp"}');
  });

  it('a retry of a delivery that already created its issue does not create a second', async () => {
    await deliver({ message: failure('svc-retry'), key: 'k-retry' });
    await expect(deliver({ message: failure('svc-retry'), key: 'k-retry', attempt: 2 })).resolves.toMatchObject({ ok: true, responseExcerpt: expect.stringMatching(/^already created OPS-\d+$/) });
    expect(fake.issues.filter((i) => i.fields.labels.includes(deliveryLabel('k-retry')))).toHaveLength(1);
  });

  it('a retry after a failed first attempt creates the issue', async () => {
    fake.override({ status: 503, body: 'unavailable' });
    await expect(rejection(deliver({ key: 'k-503' }))).resolves.toBeInstanceOf(RetryableError);
    fake.override();
    const before = fake.issues.length;
    await expect(deliver({ key: 'k-503', attempt: 2 })).resolves.toMatchObject({ ok: true, statusCode: 201 });
    expect(fake.issues.length).toBe(before + 1);
  });

  it('a recovery comments on the open issue once, even when retried, and transitions it when configured', async () => {
    await deliver({ message: failure('svc-heal'), key: 'k-heal' });
    const issue = fake.issues.at(-1)!;
    await expect(deliver({ message: recovery('svc-heal'), key: 'k-heal-r' })).resolves.toMatchObject({ ok: true, responseExcerpt: `resolved ${issue.key}` });
    await deliver({ message: recovery('svc-heal'), key: 'k-heal-r', attempt: 2 });
    expect(issue.comments).toHaveLength(1);
    expect(JSON.stringify(issue.comments[0])).toContain('back to ');
    expect(issue.done).toBe(false);
    await deliver({ message: recovery('svc-heal'), key: 'k-heal-r2', config: { resolveTransition: 'Done' } });
    expect(issue.done).toBe(true);
    await expect(deliver({ message: recovery('svc-heal'), key: 'k-heal-r3' })).resolves.toMatchObject({ ok: true, responseExcerpt: 'no open Jira issue for this alert' });
  });

  it('a transition the workflow does not offer → PermanentError naming the available ones', async () => {
    await deliver({ message: failure('svc-wf'), key: 'k-wf' });
    const error = await rejection(deliver({ message: recovery('svc-wf'), key: 'k-wf-r', config: { resolveTransition: 'Close Issue' } }));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toMatch(/has no transition "Close Issue" from its current status \(available: In Progress, Done\)/);
  });

  it.each([
    ['hostile input (10k-character title, 100k body, 500 fields)', hostileMessage()],
    ['an all-empty message', emptyMessage()],
  ])('%s is still accepted', async (_, message) => {
    await expect(deliver({ message, key: `k-${message.title.length}` })).resolves.toMatchObject({ ok: true });
    expect(fake.violations).toEqual({});
  });

  it('the fake really enforces the contract', async () => {
    const auth = `Basic ${Buffer.from(`${FAKE_EMAIL}:${FAKE_TOKEN}`).toString('base64')}`;
    const post = (fields: Record<string, unknown>) => http.request(`${fake.siteUrl}/rest/api/3/issue`, { method: 'POST', headers: { authorization: auth }, body: JSON.stringify({ fields }) });
    const doc = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    const res = await post({ project: { key: 'OPS' }, issuetype: { name: 'Task' }, summary: 'x'.repeat(256), labels: ['has space'], description: doc(''), priority: { name: 'P1' } });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).errors).toEqual({
      summary: 'Summary must be less than 255 characters.',
      labels: 'The label must not contain spaces and be at most 255 characters.',
      description: 'description.content[0].content[0]: text node with empty text',
      priority: 'Specify the Priority (name) in the string format',
    });
    expect((await post({ project: { key: 'OPS' }, issuetype: { name: 'Task' }, summary: 'a\nb' })).status).toBe(400);
  });
});

describe('jira channel: error taxonomy', () => {
  it('400 → PermanentError with Jira’s field errors', async () => {
    const error = await rejection(deliver({ config: { issueType: 'Epic Saga' } }));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toBe('Jira refused POST /rest/api/3/issue (400): issuetype: Specify a valid issue type');
  });

  it('a wrong API token → PermanentError (401)', async () => {
    const error = await rejection(deliver({ config: { apiToken: 'ATATT3xRevokedToken' } }));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.options.statusCode).toBe(401);
  });

  it('429 + Retry-After → RetryableError with that delay', async () => {
    fake.override({ status: 429, headers: { 'retry-after': '6' }, body: '' });
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.options).toMatchObject({ statusCode: 429, retryAfterMs: 6000 });
  });

  it('neither the token nor its basic-auth form appears in errors or logs, even when the response echoes them', async () => {
    const logger = recordingLogger();
    const basic = Buffer.from(`${FAKE_EMAIL}:${FAKE_TOKEN}`).toString('base64');
    fake.override({ status: 400, body: JSON.stringify({ errorMessages: [`bad request, Authorization: Basic ${basic} token ${FAKE_TOKEN}`] }) });
    const error = await rejection(deliver({ logger }));
    for (const text of [error.message, error.stack, String(error.options.responseExcerpt), logger.text()]) {
      expect(text).not.toContain(FAKE_TOKEN);
      expect(text).not.toContain(basic);
    }
  });

  it('refuses a plain-http site that is not loopback (every request carries the token)', () => {
    const parse = (siteUrl: string) => jira.config.safeParse({ siteUrl, email: FAKE_EMAIL, apiToken: FAKE_TOKEN, projectKey: 'OPS' }).success;
    expect(parse('http://jira.example.com')).toBe(false);
    expect(parse('https://team.atlassian.net')).toBe(true);
  });
});
