import type { Received } from './fault.receiver.js';
import type { StreamResult } from './fault.stream.js';

export interface ScenarioRow {
  scenario: string;
  accepted: number;
  delivered: number;
  lost: number;
  /** Not arrived yet but on the retry schedule, with a recorded next attempt (it will be sent then). */
  awaitingRetry: number;
  dupSameId: number;
  dupDifferentId: number;
  /** 503s answered during the fault (with Retry-After) / other 5xx (bare 500s are a bug). */
  unavailable: number;
  otherErrors: number;
  seconds: number;
  note: string;
}

/** Per accepted event: delivered at all, and if more than once, whether with the same webhook-id. */
export function tally(stream: StreamResult, received: Received[]): Pick<ScenarioRow, 'accepted' | 'delivered' | 'dupSameId' | 'dupDifferentId'> & { missing: string[] } {
  const byEvent = new Map<string, string[]>();
  for (const r of received) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r.webhookId]);
  let delivered = 0;
  const missing: string[] = [];
  let dupSameId = 0;
  let dupDifferentId = 0;
  for (const id of stream.accepted) {
    const ids = byEvent.get(id);
    if (!ids) {
      missing.push(id);
      continue;
    }
    delivered++;
    if (ids.length > 1) {
      if (new Set(ids).size === 1) dupSameId++;
      else dupDifferentId++;
    }
  }
  return { accepted: stream.accepted.length, delivered, missing, dupSameId, dupDifferentId };
}

export function table(rows: ScenarioRow[]): string {
  const head = ['scenario', 'accepted', 'delivered', 'lost', 'awaiting retry', 'dup same webhook-id', 'dup different webhook-id', '503s', 'other 5xx', 's', 'note'];
  const cells = rows.map((r) => [r.scenario, r.accepted, r.delivered, r.lost, r.awaitingRetry, r.dupSameId, r.dupDifferentId, r.unavailable, r.otherErrors, r.seconds, r.note].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
