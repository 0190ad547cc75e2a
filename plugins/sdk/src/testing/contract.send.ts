import { GoneError, PermanentError, RetryableError } from '../errors.js';
import { testMessage, TEST_MESSAGE_MARKER } from '../message/test-message.js';
import type { ContractEnvironment, DeliveryRecord } from './contract.env.js';
import { ordinaryMessage } from './contract.messages.js';
import { DEFAULT_RETRY_AFTER_SECONDS, type ContractResponses } from './contract.options.js';
import type { ReceiverReply } from './http-receiver.js';
import { preview, violated } from './contract.violation.js';

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function assertNoFetch(record: DeliveryRecord): void {
  violated(record.fetchCalls === 0, 'send() called global fetch: use ctx.http (it applies the host’s SSRF guard, timeouts and size cap)');
}

function replyLabel(reply: ReceiverReply): string {
  return reply.hang ? 'no answer' : `HTTP ${reply.status}`;
}

export async function checkDelivers(env: ContractEnvironment, success: ReceiverReply): Promise<void> {
  env.receiver.reply(success);
  const before = env.receiver.requests.length;
  const record = await env.deliver(ordinaryMessage());
  assertNoFetch(record);
  violated(record.error === undefined, () => `delivery to a receiver answering ${replyLabel(success)} failed: ${describeError(record.error)}`);
  violated(env.receiver.requests.length === before + 1, `expected exactly one request per attempt (send() makes one attempt; the host retries), got ${env.receiver.requests.length - before}`);
}

export async function checkTestMessage(env: ContractEnvironment, success: ReceiverReply): Promise<void> {
  env.receiver.reply(success);
  const before = env.receiver.requests.length;
  const record = await env.deliver(testMessage({}, 'Contract'), { isTest: true });
  violated(record.error === undefined, () => `the test message failed: ${describeError(record.error)}`);
  const sent = env.receiver.requests.slice(before).map((r) => decodeURIComponent(r.path) + r.body).join('\n');
  const marker = TEST_MESSAGE_MARKER.replace(/\W/g, '');
  violated(sent.includes(marker), `the test message's marker "${TEST_MESSAGE_MARKER}" is not visible in what was sent: ${preview(sent)}`);
}

type Expected = 'retryable' | 'permanent' | 'gone';
const CLASSES = { retryable: RetryableError, permanent: PermanentError, gone: GoneError } as const;

async function expectFailure(env: ContractEnvironment, reply: ReceiverReply, expected: Expected, config?: Record<string, unknown>): Promise<DeliveryRecord> {
  env.receiver.reply(reply);
  const record = await env.deliver(ordinaryMessage(), config ? { config } : {});
  assertNoFetch(record);
  const label = config ? 'an unreachable endpoint' : replyLabel(reply);
  violated(record.error !== undefined, `${label} was reported as delivered`);
  violated(record.error instanceof CLASSES[expected], () => `${label} must throw ${CLASSES[expected].name}, got ${describeError(record.error)}`);
  return record;
}

export async function checkRateLimited(env: ContractEnvironment, responses: Required<ContractResponses>): Promise<void> {
  const record = await expectFailure(env, responses.rateLimited(DEFAULT_RETRY_AFTER_SECONDS), 'retryable');
  if (!responses.rateLimitHasDelay) return;
  const delay = (record.error as RetryableError).options.retryAfterMs;
  const wanted = DEFAULT_RETRY_AFTER_SECONDS * 1000;
  // ±1 s: an HTTP-date Retry-After has whole-second resolution.
  violated(delay !== undefined && Math.abs(delay - wanted) <= 1000, `a 429 asking for ${DEFAULT_RETRY_AFTER_SECONDS}s must set retryAfterMs ≈ ${wanted}, got ${String(delay)}`);
}

export async function checkFailures(env: ContractEnvironment, replies: ReceiverReply[], expected: Expected): Promise<void> {
  for (const reply of replies) await expectFailure(env, reply, expected);
}

export async function checkTimeout(env: ContractEnvironment): Promise<void> {
  await expectFailure(env, { hang: true }, 'retryable');
}

export async function checkUnreachable(env: ContractEnvironment): Promise<void> {
  // Port 9 on loopback: nothing listens, the connection is refused.
  await expectFailure(env, { status: 200 }, 'retryable', env.config('http://127.0.0.1:9/hooks/contract'));
}

/**
 * Errors and logs end up in delivery records, Temporal history and operators' terminals: no secret value may be
 * in them, even when the platform echoes the request (URL, headers, body) back in its error response.
 */
export async function checkSecretsNeverLeak(env: ContractEnvironment, responses: Required<ContractResponses>): Promise<void> {
  const secrets = env.secrets(env.config());
  const echo = (status: number, headers: Record<string, string> = {}) => (request: { method: string; path: string; headers: object; body: string }): ReceiverReply => ({
    status,
    headers: { 'content-type': 'text/plain', ...headers },
    body: `echo ${request.method} ${request.path} ${JSON.stringify(request.headers)} ${request.body}`,
  });
  const scenarios: Array<[string, () => Promise<DeliveryRecord>]> = [
    ...[400, 401, 500, 429].map((status): [string, () => Promise<DeliveryRecord>] => [`HTTP ${status} echoing the request`, async () => (env.receiver.reply(echo(status, { 'retry-after': '1' })), env.deliver(ordinaryMessage()))]),
    ['a timeout', async () => (env.receiver.reply({ hang: true }), env.deliver(ordinaryMessage()))],
    ['success', async () => (env.receiver.reply(responses.success), env.deliver(ordinaryMessage()))],
  ];
  for (const [name, run] of scenarios) {
    const record = await run();
    const error = record.error as (Error & { options?: unknown }) | undefined;
    const exposed = [record.logs, error?.message ?? '', error?.stack ?? '', JSON.stringify(error?.options ?? {}), JSON.stringify(record.outcome ?? {})].join('\n');
    for (const secret of secrets) violated(!exposed.includes(secret), () => `a secret value (${secret.slice(0, 4)}…) leaked into logs or errors after ${name}: ${preview(exposed, 500)}`);
  }
}
