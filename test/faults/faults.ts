// `npm run test:faults [-- --quick] [-- --only <name part>]`: each scenario breaks one piece of a real stack
// during a stream of events, then checks every accepted event reached the receiver. Prints a table, exits 1
// on any loss (or a duplicate with a different webhook-id, which a receiver could not drop).
import { randomBytes } from 'node:crypto';
import { FaultReceiver } from './fault.receiver.js';
import { type ScenarioRow, table, tally } from './fault.report.js';
import { type Ctx, explainMissing, FULL, QUICK, scenarios, settled } from './fault.scenarios.js';
import { FaultStack } from './fault.stack.js';
import { routeToReceiver, waitReady } from './fault.setup.js';
import { streamEvents } from './fault.stream.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const t = quick ? QUICK : FULL;
/**
 * Past the outage, with the production retry schedule (immediately, 5 s, 5 min, 30 min, …): a send that failed
 * twice during the outage is tried again 5 min later, so wait past that; each scenario ends as soon as all arrived.
 */
const SETTLE_MS = quick ? 420_000 : 900_000;

const startedAt = Date.now();
const log = (line: string) => console.log(`[faults ${((Date.now() - startedAt) / 1000).toFixed(0)}s] ${line}`);

log(`starting the stack (${quick ? 'quick' : 'full'}: ${t.events} events per scenario)`);
const receiver = new FaultReceiver();
await receiver.up();
const stack = await FaultStack.start();
const rows: ScenarioRow[] = [];
const failures: string[] = [];
try {
  const channelId = await routeToReceiver(stack, receiver);

  for (const scenario of scenarios.filter((s) => !only || s.name.includes(only))) {
    await waitReady(stack.apiOrigin);
    const began = Date.now();
    const prefix = scenario.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase() + `-${randomBytes(2).toString('hex')}`;
    const notes: string[] = [];
    const ctx: Ctx = { stack, receiver, channelId, t, note: (text) => notes.push(text) };
    log(`${scenario.name}: streaming ${t.events} events`);
    const streamMs = (t.events / t.perSecond) * 1000;
    const [stream] = await Promise.all([
      streamEvents(stack.apiOrigin, stack.apiKey, prefix, t.events, t.perSecond, 5 * 60_000),
      (async () => {
        await new Promise((r) => setTimeout(r, streamMs * 0.3));
        log(`${scenario.name}: injecting`);
        await scenario.inject(ctx);
        log(`${scenario.name}: recovered`);
      })(),
    ]);
    log(`${scenario.name}: ${stream.accepted.length} accepted; waiting for deliveries`);
    await settled(stack.databaseUrl, stream.accepted, () => new Set(receiver.received.map((r) => r.eventId)), SETTLE_MS);
    const { missing, ...counts } = tally(stream, receiver.received);
    const { retrying, lost } = await explainMissing(stack.databaseUrl, missing);
    for (const r of retrying) log(`${scenario.name}: ${r.eventId} awaits retry ${r.attempts + 1} at ${r.nextAt} (last error: ${r.lastError ?? '—'})`);
    for (const id of lost) log(`${scenario.name}: ${id} LOST: not delivered and no retry scheduled`);
    if (stream.notAccepted) notes.push(`${stream.notAccepted} never accepted`);
    if (stream.retryAfterMissing) notes.push(`${stream.retryAfterMissing} 503s without Retry-After`);
    const row: ScenarioRow = { scenario: scenario.name, ...counts, lost: lost.length, awaitingRetry: retrying.length, unavailable: stream.unavailable, otherErrors: stream.otherErrors, seconds: Math.round((Date.now() - began) / 1000), note: notes.join('; ') };
    rows.push(row);
    log(`${scenario.name}: delivered ${row.delivered}/${row.accepted}, lost ${row.lost}, awaiting retry ${row.awaitingRetry}`);
    const problems = [
      row.lost && `${row.lost} lost`,
      row.dupDifferentId && `${row.dupDifferentId} duplicated with a different webhook-id`,
      row.otherErrors && `${row.otherErrors} answers 5xx other than 503`,
      stream.notAccepted && `${stream.notAccepted} never accepted`,
    ].filter(Boolean);
    if (problems.length > 0) failures.push(`${scenario.name}: ${problems.join(', ')}`);
  }
} catch (error) {
  failures.push(`the suite itself failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(error);
} finally {
  await stack.close();
  await receiver.down();
}
console.log(`\n${table(rows)}\n\nfault suite (${quick ? 'quick' : 'full'}) took ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
for (const failure of failures) console.error(`FAILED ${failure}`);
process.exit(failures.length > 0 ? 1 : 0);
