import { describe, expect, it } from 'vitest';
import type { SignalboxEvent } from './event.schema.js';
import { groupJoinReason, renderGroupFlush } from './group.flush.js';
import { sampleGroupDigest } from './group.digest.js';
import { IN_GROUP, interpretRoute, NOT_REACHED, SILENCED_BEFORE_GROUP, type RoutePorts } from './route.interpret.js';
import { planRoute, pluginNotInstalled } from './route.plan.js';
import type { ChannelEscape } from './route.plan.types.js';
import type { RouteGraph } from './route.schema.js';
import { describeThrottle, throttleDecision } from './throttle.describe.js';

const event: SignalboxEvent = { id: 'e1', type: 'deploy.failure', source: 'ci', severity: 'high', timestamp: '2026-01-01T00:00:00Z', data: { service: 'api <x>' } };
const channels: Record<string, ChannelEscape> = { slack: { escape: 'slack_mrkdwn' }, hook: { escape: 'none' }, alien: { escape: 'none', error: pluginNotInstalled('alien') } };
const plan = (graph: RouteGraph) => planRoute(graph, event, { channel: (id) => channels[id] });
const joined: string[] = [];
const counting: RoutePorts = {
  throttle: async (_id, node) => throttleDecision(node, false),
  group: async (id, node) => {
    joined.push(`${id}:${node.key}`);
    return { reason: groupJoinReason(node) };
  },
};
const outcome = (result: Awaited<ReturnType<typeof interpretRoute>>, nodeId: string) => result.outcomes.find((o) => o.nodeId === nodeId);

describe('route interpreter (planRoute + interpretRoute)', () => {
  it('a filter that throws fails closed with the error as its reason and follows else', async () => {
    // An operator the validator would refuse: evaluating it throws. Unvalidated graphs must not crash the walk.
    const graph = {
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
        { id: 'f', type: 'filter', config: { condition: { combinator: 'and', rules: [{ field: 'severity', operator: 'no_such_op' }] } } },
        { id: 'yes', type: 'send', config: { channelId: 'hook' } },
        { id: 'no', type: 'send', config: { channelId: 'slack' } },
      ],
      edges: [{ source: 't', target: 'f' }, { source: 'f', target: 'yes' }, { source: 'f', target: 'no', sourceHandle: 'else' }],
    } as unknown as RouteGraph;
    const result = await interpretRoute(plan(graph), counting);
    expect(outcome(result, 'f')).toMatchObject({ outcome: 'filtered', reason: expect.stringMatching(/^filter error: /) });
    expect(result.sends.map((s) => s.nodeId)).toEqual(['no']);
    expect(outcome(result, 'yes')).toMatchObject({ outcome: 'skipped', reason: NOT_REACHED });
  });

  it('renders each template once per escaping of the sends it feeds; unsendable channels fail with their reason', async () => {
    const graph: RouteGraph = {
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
        { id: 'tpl', type: 'template', config: { title: '{{data.service}}', body: '', fields: [] } },
        { id: 's1', type: 'send', config: { channelId: 'slack' } },
        { id: 's2', type: 'send', config: { channelId: 'hook' } },
        { id: 's3', type: 'send', config: { channelId: 'alien' } },
        { id: 's4', type: 'send', config: { channelId: 'gone' } },
      ],
      edges: [{ source: 't', target: 'tpl' }, ...['s1', 's2', 's3', 's4'].map((target) => ({ source: 'tpl', target }))],
    };
    const result = await interpretRoute(plan(graph), counting);
    expect(Object.fromEntries(result.sends.map((s) => [s.nodeId, s.message.title]))).toEqual({ s1: 'api &lt;x&gt;', s2: 'api <x>' });
    expect(outcome(result, 's3')).toMatchObject({ outcome: 'failed', reason: 'channel plugin "alien" is not installed on this worker' });
    expect(outcome(result, 's4')).toMatchObject({ outcome: 'failed', reason: 'channel gone not found' });
  });

  it('asks the throttle port and stops the branch when it blocks; the dry run port describes instead', async () => {
    const graph: RouteGraph = {
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
        { id: 'th', type: 'throttle', config: { mode: 'dedupe', windowSeconds: 60, limit: 1, key: '{{data.service}}' } },
        { id: 's', type: 'send', config: { channelId: 'hook' } },
      ],
      edges: [{ source: 't', target: 'th' }, { source: 'th', target: 's' }],
    };
    const blocked = await interpretRoute(plan(graph), counting);
    expect(outcome(blocked, 'th')).toMatchObject({ outcome: 'throttled', reason: 'duplicate of an earlier event for key "api <x>" within 60s', detail: { key: 'api <x>' } });
    expect(blocked.sends).toEqual([]);
    const described = await interpretRoute(plan(graph), { ...counting, throttle: async (_id, node) => describeThrottle(node) });
    expect(outcome(described, 'th')).toMatchObject({ outcome: 'passed', reason: 'first event for key "api <x>" within 60s (not counted in a dry run)' });
    expect(described.sends.map((s) => s.nodeId)).toEqual(['s']);
  });

  it('a node reached along two paths runs once, with the message of the first path', async () => {
    const graph: RouteGraph = {
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
        { id: 'a', type: 'template', config: { title: 'A', body: '', fields: [] } },
        { id: 'b', type: 'template', config: { title: 'B', body: '', fields: [] } },
        { id: 's', type: 'send', config: { channelId: 'hook' } },
      ],
      edges: [{ source: 't', target: 'a' }, { source: 't', target: 'b' }, { source: 'a', target: 's' }, { source: 'b', target: 's' }],
    };
    const result = await interpretRoute(plan(graph), counting);
    expect(result.sends).toEqual([expect.objectContaining({ nodeId: 's', message: expect.objectContaining({ title: 'A' }) })]);
  });

  it('a template that fails to render fails its node and stops its branch; onRenderError sees the error', async () => {
    const seen: string[] = [];
    const graph = {
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
        { id: 'tpl', type: 'template', config: { title: '{{#each}}', body: '', fields: [] } },
        { id: 's', type: 'send', config: { channelId: 'hook' } },
      ],
      edges: [{ source: 't', target: 'tpl' }, { source: 'tpl', target: 's' }],
    } as unknown as RouteGraph;
    const planned = planRoute(graph, event, { channel: (id) => channels[id], onRenderError: (nodeId) => seen.push(nodeId) });
    const result = await interpretRoute(planned, counting);
    expect(seen).toEqual(['tpl']);
    expect(outcome(result, 'tpl')).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/^template failed to render: /) });
    expect(outcome(result, 's')).toMatchObject({ outcome: 'skipped' });
  });

  it('a group node hands the event to its group port and ends the branch: what follows it is grouped, rendered per notification', async () => {
    const graph: RouteGraph = {
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
        { id: 'g', type: 'group', config: { groupBy: '{{source}}/{{data.service}}', groupWaitSeconds: 30, groupIntervalSeconds: 300, repeatIntervalSeconds: 14_400, sendResolved: true } },
        { id: 'tpl', type: 'template', config: { title: '{{group.firingCount}} firing in {{group.key}}', body: '', fields: [] } },
        { id: 's1', type: 'send', config: { channelId: 'slack' } },
        { id: 's2', type: 'send', config: { channelId: 'hook' } },
      ],
      edges: [{ source: 't', target: 'g' }, { source: 'g', target: 'tpl' }, { source: 'tpl', target: 's1' }, { source: 'g', target: 's2' }],
    };
    const planned = plan(graph);
    // The per-event plan renders the key, not the templates after the group (no `{{group}}` exists yet).
    expect(planned.nodes.g).toMatchObject({ type: 'group', key: 'ci/api <x>', timing: { groupWaitSeconds: 30 } });
    expect(planned.nodes.tpl).toEqual({ type: 'template', messages: {} });
    expect(planned.defaultMessages).toBeUndefined();
    joined.length = 0;
    const result = await interpretRoute(planned, counting);
    expect(joined).toEqual(['g:ci/api <x>']);
    expect(outcome(result, 'g')).toMatchObject({ outcome: 'grouped', reason: 'joined group "ci/api <x>"; notified after group_wait 30s', detail: { key: 'ci/api <x>' } });
    for (const id of ['tpl', 's1', 's2']) expect(outcome(result, id)).toMatchObject({ outcome: 'grouped', reason: IN_GROUP });
    expect(result.sends).toEqual([]);

    // A notification: the template after the group renders for the group, per send escaping; a send with no template gets the default group message.
    const flush = renderGroupFlush(graph, 'g', event, sampleGroupDigest('ci/api <x>', [event]), { channel: (id) => channels[id], previewTemplates: true });
    expect(Object.fromEntries(flush.sends.map((s) => [s.nodeId, s.message.title]))).toEqual({ s1: '1 firing in ci/api &lt;x&gt;', s2: '[FIRING:1] deploy.failure' });
    expect(flush.templates.tpl?.message?.title).toBe('1 firing in ci/api <x>');
    expect(flush.failed).toEqual([]);
  });

  it('a silenced event stays out of its group; a resolution skips the send nodes that have send_resolved off', async () => {
    const graph: RouteGraph = {
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
        { id: 'g', type: 'group', config: { groupBy: 'all', groupWaitSeconds: 30, groupIntervalSeconds: 300, repeatIntervalSeconds: 14_400, sendResolved: true } },
        { id: 's1', type: 'send', config: { channelId: 'hook' } },
        { id: 's2', type: 'send', config: { channelId: 'hook', sendResolved: false } },
      ],
      edges: [{ source: 't', target: 'g' }, { source: 'g', target: 's1' }, { source: 'g', target: 's2' }],
    };
    const result = await interpretRoute(plan(graph), { ...counting, group: async () => ({ reason: 'silenced by s-1', silenceId: 's-1' }) });
    expect(outcome(result, 'g')).toMatchObject({ outcome: 'silenced', reason: 'silenced by s-1', detail: { key: 'all', silenceId: 's-1' } });
    for (const id of ['s1', 's2']) expect(outcome(result, id)).toMatchObject({ outcome: 'skipped', reason: SILENCED_BEFORE_GROUP });

    const recovered: SignalboxEvent = { ...event, id: 'e2', type: 'deploy.success' };
    const resolution = renderGroupFlush(graph, 'g', recovered, sampleGroupDigest('all', [event, recovered]), { channel: (id) => channels[id] });
    expect(resolution.sends.map((s) => s.nodeId)).toEqual(['s1']);
    expect(resolution.skipped).toEqual([{ nodeId: 's2', channelId: 'hook', reason: 'the group resolved, and this send node has send_resolved off' }]);
    const firing = renderGroupFlush(graph, 'g', event, sampleGroupDigest('all', [event]), { channel: (id) => channels[id] });
    expect(firing.sends.map((s) => s.nodeId)).toEqual(['s1', 's2']);
  });

  it('a group key that fails to render fails the group node without asking the port', async () => {
    const graph = {
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
        { id: 'g', type: 'group', config: { groupBy: '{{#each}}', groupWaitSeconds: 30, groupIntervalSeconds: 300, repeatIntervalSeconds: 14_400, sendResolved: true } },
        { id: 's', type: 'send', config: { channelId: 'hook' } },
      ],
      edges: [{ source: 't', target: 'g' }, { source: 'g', target: 's' }],
    } as unknown as RouteGraph;
    joined.length = 0;
    const result = await interpretRoute(plan(graph), counting);
    expect(joined).toEqual([]);
    expect(outcome(result, 'g')).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/^group key failed to render: /) });
    expect(outcome(result, 's')).toMatchObject({ outcome: 'grouped' });
  });
});
