import { describe, expect, it } from 'vitest';
import type { SignalboxEvent } from './event.schema.js';
import { sampleGroupDigest, groupDigest } from './group.digest.js';
import { afterTick, decideFlush, isGroupIdle, isResolvedEvent, mergeAlert, newGroupState, toGroupAlert, type GroupState } from './group.state.js';
import { validateRouteGraph } from './graph.validate.js';
import { renderGroupMessage } from './template.group.js';

const timing = { groupWaitSeconds: 30, groupIntervalSeconds: 300, repeatIntervalSeconds: 14_400, sendResolved: true };
let n = 0;
const event = (partial: Partial<SignalboxEvent> = {}): SignalboxEvent => ({
  id: `e${++n}`, type: 'monitor.down', source: 'uptime', severity: 'high', timestamp: '2026-01-01T00:00:00Z', data: {}, ...partial,
});
const merge = (state: GroupState, ...events: SignalboxEvent[]) => events.reduce((s, e) => mergeAlert(s, toGroupAlert(e)), state);

describe('group state (Alertmanager aggregation group)', () => {
  it('classifies resolved events by status or type', () => {
    expect(isResolvedEvent(event({ data: { status: 'Resolved' } }))).toBe(true);
    expect(isResolvedEvent(event({ type: 'monitor.up' }))).toBe(true);
    expect(isResolvedEvent(event({ data: { status: 'down' } }))).toBe(false);
  });

  it('decides a catalogue pair by the pair, as alert state does: a recovery resolves its own problem', () => {
    const scout = (status: string, service: string) =>
      event({ type: 'alert', source: 'server-scout', data: { status, server_name: 'web-1', service } });
    const s = merge(newGroupState('k'), scout('down', 'nginx'), scout('warning', 'disk'), scout('recovered', 'nginx'));
    expect(s.alerts.map((a) => [a.fingerprint, a.resolved])).toEqual([
      ['server-scout:server-scout.alert:web-1/disk', false],
      ['server-scout:server-scout.alert:web-1/nginx', true],
    ]);
    // deploy.success is the recovery of deploy.failure, though no status word says so.
    const deploy = (type: string) => event({ type, source: 'ai-admin-panel', data: { customer: 'Acme', service: 'api' } });
    const d = merge(newGroupState('k'), deploy('deploy.failure'), deploy('deploy.success'));
    expect(d.alerts).toMatchObject([{ type: 'deploy.success', resolved: true }]);
  });

  it('first notification once anything fires; nothing for a group that fired and resolved before group_wait', () => {
    const firing = merge(newGroupState('k'), event({ subject: 'a' }), event({ subject: 'b' }));
    expect(decideFlush(firing, timing, 0)).toBe('first');
    const quiet = merge(newGroupState('k'), event({ subject: 'a' }), event({ subject: 'a', type: 'monitor.up' }));
    expect(decideFlush(quiet, timing, 0)).toBeUndefined();
    expect(isGroupIdle(afterTick(quiet, undefined))).toBe(true);
  });

  it('update only when a new alert fires; repeat once repeat_interval passed; one resolution', () => {
    let s = afterTick(merge(newGroupState('k'), event({ subject: 'a' })), 0);
    expect(s.flushes).toBe(1);
    // The same alert again is not a change.
    s = merge(s, event({ subject: 'a' }));
    expect(decideFlush(s, timing, 300_000)).toBeUndefined();
    s = merge(s, event({ subject: 'b' }));
    expect(decideFlush(s, timing, 300_000)).toBe('update');
    s = afterTick(s, 300_000);
    expect(decideFlush(s, timing, 600_000)).toBeUndefined();
    expect(decideFlush(s, timing, 300_000 + 14_400_000)).toBe('repeat');
    s = merge(s, event({ subject: 'a', data: { status: 'resolved' } }));
    expect(decideFlush(s, timing, 600_000)).toBe('update'); // send_resolved: a newly resolved alert is news
    s = afterTick(s, 600_000);
    expect(s.alerts.map((a) => a.subject)).toEqual(['b']);
    s = merge(s, event({ subject: 'b', type: 'monitor.up' }));
    expect(decideFlush(s, timing, 900_000)).toBe('resolved');
    s = afterTick(s, 900_000);
    expect(isGroupIdle(s)).toBe(true);
  });

  it('without send_resolved: no resolution message, and partial resolutions are not news', () => {
    const quietTiming = { ...timing, sendResolved: false };
    let s = afterTick(merge(newGroupState('k'), event({ subject: 'a' }), event({ subject: 'b' })), 0);
    s = merge(s, event({ subject: 'a', type: 'monitor.up' }));
    expect(decideFlush(s, quietTiming, 300_000)).toBeUndefined();
    s = afterTick(merge(s, event({ subject: 'b', type: 'monitor.up' })), undefined);
    expect(decideFlush(s, quietTiming, 600_000)).toBeUndefined();
    expect(isGroupIdle(s)).toBe(true);
  });

  it('counts a redelivered event once and bounds what it keeps', () => {
    const e = event();
    const s = merge(newGroupState('k'), e, e);
    expect(s.eventCount).toBe(1);
    const big = merge(newGroupState('k'), ...Array.from({ length: 700 }, () => event()));
    expect(big.alerts).toHaveLength(500);
    expect(big.eventCount).toBe(700);
    expect(JSON.stringify(big).length).toBeLessThan(200_000);
  });
});

describe('group digest', () => {
  it('gives templates counts, capped lists, common fields and the most urgent severity', () => {
    const events = [
      ...Array.from({ length: 60 }, (_, i) => event({ subject: `host-${i}`, severity: i === 3 ? 'critical' : 'warning' })),
      event({ subject: 'host-1', type: 'monitor.up' }),
    ];
    const digest = sampleGroupDigest('uptime/monitor.down', events);
    expect(digest).toMatchObject({ kind: 'first', count: 60, eventCount: 61, firingCount: 59, resolvedCount: 1, moreFiring: 9, severity: 'critical' });
    expect(digest.firing).toHaveLength(50);
    expect(digest.common).toEqual({ source: 'uptime' });
    const message = renderGroupMessage(
      { title: '{{group.firingCount}} down ({{group.common.source}})', body: '{{#each group.firing}}{{subject}} {{/each}}', fields: [] },
      events[0]!, digest, { escape: 'none' },
    );
    expect(message.title).toBe('59 down (uptime)');
    expect(message.body.startsWith('host-59 host-58')).toBe(true);
    expect(message.severity).toBe('critical');
  });

  it('a resolution digest is resolved', () => {
    const s = merge(newGroupState('k'), event({ subject: 'a', type: 'monitor.up' }));
    expect(groupDigest(s, 'resolved').status).toBe('resolved');
  });
});

describe('group node validation', () => {
  const graph = (after: 'template' | 'filter') => ({
    nodes: [
      { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
      { id: 'g', type: 'group', config: {} },
      after === 'template'
        ? { id: 'x', type: 'template', config: { title: '{{group.count}}' } }
        : { id: 'x', type: 'filter', config: { condition: { combinator: 'and', rules: [] } } },
      { id: 's', type: 'send', config: { channelId: 'c' } },
    ],
    edges: [{ source: 't', target: 'g' }, { source: 'g', target: 'x' }, { source: 'x', target: 's' }],
  });

  it("applies Alertmanager's defaults and accepts template → send after a group", () => {
    const result = validateRouteGraph(graph('template'));
    expect(result.ok).toBe(true);
    const group = result.ok ? result.graph.nodes.find((node) => node.type === 'group') : undefined;
    expect(group?.config).toEqual({ groupBy: '{{source}}/{{type}}', groupWaitSeconds: 30, groupIntervalSeconds: 300, repeatIntervalSeconds: 14_400, sendResolved: true });
  });

  it('refuses a filter after a group, naming it', () => {
    const result = validateRouteGraph(graph('filter'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ nodeId: 'x', message: expect.stringContaining('only template and send nodes may follow a group') });
  });
});
