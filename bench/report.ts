// The printed table and the target verdicts, both computed from one run's JSON.
import type { CpuBreakdown } from './meter.js';

type Num = number;
export interface Results {
  raw: { perSecond: Num };
  floor: { perSecond: Num; before: { perSecond: Num }; after: { perSecond: Num } };
  single: { perSecond: Num; deliveriesPerSecond: Num };
  fanout: { perSecond: Num; deliveriesPerSecond: Num };
  /** Absent in results written before the group storm phase. */
  group?: { perSecond: Num; events: Num; keys: Num; firstNotifications: Num; groupWaitSeconds: Num; withinGroupWait: boolean; history: { max: Num; avg: Num } };
  latency: { ratePerSecond: Num; sentToDeliveredMs: Stats; acceptedToDeliveredMs: Stats; ingestMs: Stats };
  ingest: { single: { perSecond: Num; latencyMs: Stats }; batch: { perSecond: Num }; drain: { perSecond: Num } };
  memoryMb: { api: Num; worker: Num };
  workerWarnings: Num;
  checks: Record<string, { ok: boolean; lost: Num; duplicated: Num; sharedWebhookIds: Num; unexpected: Num }>;
  cpu: Record<string, CpuBreakdown & { wallMs: Num; perItemMs?: Num; items?: Num }>;
}
interface Stats { p50: Num; p95: Num; p99: Num }

const pct = (a: Num, b: Num) => (b > 0 ? `${Math.round((a / b) * 100)}%` : '-');
const ms = (s: Stats) => `${s.p50} / ${s.p95} / ${s.p99}`;

/** CPU ms our processes spent per item in a phase (the rest of the machine excluded). */
export function ownCpuPerItem(c: CpuBreakdown & { items?: Num }): Num {
  return (c.api + c.worker + c.temporal + c.postgres + c.receiver + c.loadgen) / (c.items ?? 1);
}

/**
 * Noise-robust companion of the wall-clock ratio: floor CPU per workflow ÷ Signalbox CPU per event, i.e.
 * the share of the floor's throughput Signalbox would reach if both were limited only by their own CPU.
 */
export function cpuCostRatio(r: Results, phase: string): Num {
  const floors = Object.entries(r.cpu).filter(([name]) => name.startsWith('floor')).map(([, c]) => ownCpuPerItem(c));
  const floor = floors.reduce((s, v) => s + v, 0) / floors.length;
  const e2e = r.cpu[phase];
  return e2e ? floor / ownCpuPerItem(e2e) : NaN;
}

export function targets(r: Results) {
  const floorShare = r.single.perSecond / r.floor.perSecond;
  return [
    { target: 'e2e (1 route) ≥ 60% of empty-workflow floor', value: `${pct(r.single.perSecond, r.floor.perSecond)} wall clock, ${Math.round(cpuCostRatio(r, 'e2e 1 route') * 100)}% by CPU cost`, met: floorShare >= 0.6 },
    // Issues 10 and 13 ("no regression"): the lifecycle and no-loss work may not cost the 1-route rate more than 10%.
    { target: 'no regression: e2e (1 route) ≥ 90% of floor', value: pct(r.single.perSecond, r.floor.perSecond), met: floorShare >= 0.9 },
    // "≥ 500 events/s if the floor allows it": the floor allows it when 60% of it is at least 500.
    { target: 'e2e ≥ 500 events/s (if 0.6 × floor ≥ 500)', value: `${r.single.perSecond}/s (0.6 × floor = ${Math.round(0.6 * r.floor.perSecond)})`, met: r.single.perSecond >= 500 || 0.6 * r.floor.perSecond < 500 },
    { target: 'p99 accept → delivery ≤ 250 ms at half load', value: `${r.latency.sentToDeliveredMs.p99} ms`, met: r.latency.sentToDeliveredMs.p99 <= 250 },
    { target: 'p99 ingest latency ≤ 25 ms (at half load)', value: `${r.latency.ingestMs.p99} ms`, met: r.latency.ingestMs.p99 <= 25 },
    ...(r.group
      ? [
          { target: 'group storm ≥ 50% of the 1-route rate', value: `${r.group.perSecond}/s = ${pct(r.group.perSecond, r.single.perSecond)}`, met: r.group.perSecond >= 0.5 * r.single.perSecond },
          { target: `group storm: exactly ${r.group.keys} first notifications`, value: String(r.group.firstNotifications), met: r.group.firstNotifications === r.group.keys && r.group.withinGroupWait },
        ]
      : []),
    { target: 'zero lost / duplicated deliveries', value: Object.values(r.checks).every((c) => c.ok) ? 'none' : 'FAILED', met: Object.values(r.checks).every((c) => c.ok) },
  ];
}

export function renderTable(r: Results): string {
  const rows: string[][] = [
    ['measure', 'result', 'vs raw (a)', 'vs floor (b)'],
    ['(a) raw webhook POSTs, Node → receiver', `${r.raw.perSecond} req/s`, '100%', ''],
    ['(b) empty workflow, start → completed (mean)', `${r.floor.perSecond} wf/s (before ${r.floor.before.perSecond}, after ${r.floor.after.perSecond})`, pct(r.floor.perSecond, r.raw.perSecond), '100%'],
    ['(c) e2e, 1 route', `${r.single.perSecond} events/s`, pct(r.single.deliveriesPerSecond, r.raw.perSecond), pct(r.single.perSecond, r.floor.perSecond)],
    ['(c) 1 route vs floor by CPU cost (noise-robust)', `${ownCpuPerItem(r.cpu['e2e 1 route']!).toFixed(1)} vs ${(ownCpuPerItem(r.cpu['e2e 1 route']!) * cpuCostRatio(r, 'e2e 1 route')).toFixed(1)} CPU ms`, '', `${Math.round(cpuCostRatio(r, 'e2e 1 route') * 100)}%`],
    ['(c) e2e, 5-route fan-out', `${r.fanout.perSecond} events/s = ${r.fanout.deliveriesPerSecond} deliveries/s`, pct(r.fanout.deliveriesPerSecond, r.raw.perSecond), pct(r.fanout.perSecond, r.floor.perSecond)],
    ...(r.group
      ? [
          [`(f) group storm, ${r.group.events} events / ${r.group.keys} keys`, `${r.group.perSecond} events/s grouped, ${r.group.firstNotifications} first notifications`, '', `${pct(r.group.perSecond, r.single.perSecond)} of 1 route`],
          ['(f) group entity workflow history, max / avg events', `${r.group.history.max} / ${r.group.history.avg}`, '', ''],
        ]
      : []),
    [`(d) POST sent → delivered at ${r.latency.ratePerSecond}/s, p50/p95/p99`, `${ms(r.latency.sentToDeliveredMs)} ms`, '', ''],
    ['(d) 202 → delivered, p50/p95/p99', `${ms(r.latency.acceptedToDeliveredMs)} ms`, '', ''],
    ['(d) ingest POST → 202, p50/p95/p99', `${ms(r.latency.ingestMs)} ms`, '', ''],
    ['(e) ingest, single POSTs (worker stopped)', `${r.ingest.single.perSecond} events/s`, '', pct(r.ingest.single.perSecond, r.floor.perSecond)],
    ['(e) ingest, single POST latency p50/p95/p99 (closed loop)', `${ms(r.ingest.single.latencyMs)} ms`, '', ''],
    ['(e) ingest, batch POSTs', `${r.ingest.batch.perSecond} events/s`, '', pct(r.ingest.batch.perSecond, r.floor.perSecond)],
    ['(e) backlog drain after restart (1 route)', `${r.ingest.drain.perSecond} events/s`, '', pct(r.ingest.drain.perSecond, r.floor.perSecond)],
    ['peak RSS, API / worker', `${r.memoryMb.api} / ${r.memoryMb.worker} MB`, '', ''],
  ];
  const cpuRows: string[][] = [['CPU ms per item', 'api', 'worker', 'temporal', 'postgres', 'receiver', 'loadgen', 'other', 'cores busy']];
  for (const [phase, c] of Object.entries(r.cpu)) {
    const n = c.items ?? 1;
    const cell = (v: Num) => (v / n).toFixed(2);
    const busy = (c.api + c.worker + c.temporal + c.postgres + c.receiver + c.loadgen + c.other) / c.wallMs;
    cpuRows.push([`${phase} (${n})`, cell(c.api), cell(c.worker), cell(c.temporal), cell(c.postgres), cell(c.receiver), cell(c.loadgen), cell(c.other), busy.toFixed(2)]);
  }
  const checkRows: string[][] = [['delivery check', 'lost', 'duplicated', 'shared webhook-id', 'unexpected', 'ok']];
  for (const [phase, c] of Object.entries(r.checks)) checkRows.push([phase, String(c.lost), String(c.duplicated), String(c.sharedWebhookIds), String(c.unexpected), c.ok ? 'yes' : 'NO']);
  const targetRows = [['target', 'this run', 'met'], ...targets(r).map((t) => [t.target, t.value, t.met ? 'yes' : 'NO'])];
  return [rows, cpuRows, checkRows, targetRows].map(markdownTable).join('\n\n');
}

export function markdownTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
