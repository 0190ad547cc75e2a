import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain, startHarness, type Harness } from './support/harness.js';
import { startReceiver, type Receiver } from './support/receiver.js';

let h: Harness;
let rx: Receiver;
beforeAll(async () => {
  [h, rx] = await Promise.all([startHarness('disable'), startReceiver()]);
});
afterAll(async () => {
  await h?.close();
  await rx?.close();
});

const channelRow = async (id: string) =>
  (await h.dataSource.query('SELECT paused, disabled_at, disabled_reason FROM channels WHERE id = $1', [id]))[0] as
    { paused: boolean; disabled_at: Date | null; disabled_reason: string | null };

describe('410 disables the channel', () => {
  it('disables (not pauses) the channel with reason and time; later sends fail at once saying so, nothing is sent', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/gone') });
    rx.script('/gone', [{ status: 410, body: 'webhook deleted' }]);
    const { versionId } = await h.createRoute({
      nodes: [{ id: 't', type: 'trigger', config: { eventTypes: ['*'] } }, { id: 's', type: 'send', config: { channelId: ch } }],
      edges: chain('t', 's'),
    });
    const before = Date.now();
    const first = h.event();
    await h.run(first, [versionId]);
    const [gone] = await h.deliveries(first.id);
    expect(gone).toMatchObject({ status: 'failed', last_status_code: 410 });

    const row = await channelRow(ch);
    expect(row.paused).toBe(false);
    expect(row.disabled_at!.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(row.disabled_reason).toBe('the destination answered 410 Gone (HTTP 410)');

    // Not held like a paused channel: the next event's send fails right away with the reason.
    const second = h.event();
    await h.run(second, [versionId]);
    const [failed] = await h.deliveries(second.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed!.last_error).toMatch(/^channel "ch-\w+" is disabled: the destination answered 410 Gone \(HTTP 410\) \(enable it to send again\)$/);
    expect(rx.at('/gone')).toHaveLength(1);

    // Announced once, into the outbox the API's dispatcher matches and routes (status `matching`).
    const emitted: Array<{ type: string; source: string; status: string; data: Record<string, unknown> }> = await h.dataSource.query(
      `SELECT type, source, status, data FROM events WHERE tenant_id = $1 AND type LIKE 'signalbox.%' ORDER BY type`, [h.tenantId]);
    expect(emitted.map((e) => [e.type, e.source, e.status])).toEqual([
      ['signalbox.channel.disabled', 'signalbox', 'matching'],
      ['signalbox.delivery.failed', 'signalbox', 'matching'],
    ]);
    expect(emitted[0]!.data).toMatchObject({ channelId: ch, reason: 'the destination answered 410 Gone (HTTP 410)' });
    expect(emitted[1]!.data).toMatchObject({ eventId: first.id, channelId: ch, statusCode: 410, attempts: 1 });
  });
});
