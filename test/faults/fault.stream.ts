import { EVENT_TYPE } from './fault.setup.js';

export interface StreamResult {
  /** Event ids the API answered 202 for. */
  accepted: string[];
  /** Events never accepted within the retry budget (the API never came back). */
  notAccepted: number;
  /** Answers seen on the way: 503 (expected during an outage) and other 5xx (a bug: a bare 500). */
  unavailable: number;
  retryAfterMissing: number;
  otherErrors: number;
  refused: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * POSTs `count` events at `perSecond`, each retried (same id, so never twice) on 503, 5xx or a refused
 * connection, the way a well-behaved client treats an unavailable API, until accepted or `retryForMs` runs out.
 */
export async function streamEvents(origin: string, apiKey: string, prefix: string, count: number, perSecond: number, retryForMs: number): Promise<StreamResult> {
  const result: StreamResult = { accepted: [], notAccepted: 0, unavailable: 0, retryAfterMissing: 0, otherErrors: 0, refused: 0 };
  const send = async (i: number) => {
    const id = `${prefix}-${i}`;
    const body = JSON.stringify({ id, type: EVENT_TYPE, source: 'faults', severity: 'high', subject: prefix, data: { i } });
    const deadline = Date.now() + retryForMs;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${origin}/v1/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        await res.arrayBuffer();
        if (res.status === 202 || res.status === 200) {
          result.accepted.push(id);
          return;
        }
        if (res.status === 503) {
          result.unavailable++;
          if (!res.headers.get('retry-after')) result.retryAfterMissing++;
        } else result.otherErrors++;
      } catch {
        result.refused++;
      }
      await sleep(500);
    }
    result.notAccepted++;
  };
  const sends: Promise<void>[] = [];
  const startedAt = Date.now();
  for (let i = 0; i < count; i++) {
    const due = startedAt + (i * 1000) / perSecond;
    if (due > Date.now()) await sleep(due - Date.now());
    sends.push(send(i));
  }
  await Promise.all(sends);
  return result;
}
