import { describe, expect, it } from 'vitest';
import { validateRouteGraph, type GraphIssue } from './graph.validate.js';

type Graph = { nodes: Array<Record<string, unknown>>; edges: Array<Record<string, unknown>> };

const trigger = { id: 'trigger', type: 'trigger', config: { eventTypes: ['deploy.*'] } };
const filter = (rules: unknown[], id = 'filter') => ({
  id, type: 'filter', label: 'Only prod', config: { condition: { combinator: 'and', rules } },
});
const template = (config: Record<string, unknown>) => ({ id: 'template', type: 'template', config: { title: 'ok', ...config } });
const send = (id = 'send') => ({ id, type: 'send', config: { channelId: 'ops-slack' } });
const chain = (...nodes: Array<Record<string, unknown>>): Graph => ({
  nodes,
  edges: nodes.slice(1).map((node, index) => ({ id: `e${index + 1}`, source: nodes[index]!.id, target: node.id })),
});

function issuesOf(input: unknown): GraphIssue[] {
  const result = validateRouteGraph(input);
  return result.ok ? [] : result.issues;
}

describe('validateRouteGraph: a valid route', () => {
  it('accepts trigger → filter → template → throttle → send, with an else branch, and applies defaults', () => {
    const graph = chain(
      trigger,
      filter([{ field: 'data.status', operator: 'equals', value: 'down' }]),
      template({ body: '{{data.status}}' }),
      { id: 'throttle', type: 'throttle', config: { mode: 'dedupe', windowSeconds: 60 } },
      send(),
    );
    graph.nodes.push(send('send-else'));
    graph.edges.push({ source: 'filter', target: 'send-else', sourceHandle: 'else' });
    const result = validateRouteGraph(graph);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph.nodes[3]).toMatchObject({ config: { key: '{{type}}', limit: 1 } });
  });
});

describe('validateRouteGraph: schema problems name the node and the path', () => {
  it.each([
    [
      'unknown operator',
      chain(trigger, filter([{ field: 'data.status', operator: 'is', value: 'down' }]), send()),
      { nodeId: 'filter', path: 'nodes[1].config.condition.rules[0].operator', message: /Filter node "Only prod" \(filter\) \(nodes\[1\]\): config\.condition\.rules\[0\]\.operator must be one of "equals"/ },
    ],
    [
      'bad nested combinator',
      chain(trigger, filter([{ combinator: 'xor', rules: [] }]), send()),
      { nodeId: 'filter', path: 'nodes[1].config.condition.rules[0].combinator', message: /combinator must be one of "and", "or"/ },
    ],
    [
      'missing channel',
      chain(trigger, { id: 'send', type: 'send', config: {} }),
      { nodeId: 'send', path: 'nodes[1].config.channelId', message: /Send node "send" \(nodes\[1\]\): config\.channelId is required/ },
    ],
    [
      'empty eventTypes',
      chain({ ...trigger, config: { eventTypes: [] } }, send()),
      { nodeId: 'trigger', path: 'nodes[0].config.eventTypes', message: /needs at least 1 item/ },
    ],
    [
      'unknown node type',
      chain(trigger, { id: 'zap', type: 'zap', config: {} }, send()),
      { nodeId: 'zap', path: 'nodes[1].type', message: /Node "zap" \(nodes\[1\]\): unknown node type "zap"; expected one of trigger, filter/ },
    ],
    [
      'unknown setting',
      chain(trigger, { ...send(), colour: 'red' }),
      { nodeId: 'send', path: 'nodes[1]', message: /unknown setting "colour"/ },
    ],
    ['not a graph', 'nope', { path: '', message: /The route has the wrong type/ }],
    ['edges missing', { nodes: [] }, { path: 'edges', message: /edges is required/ }],
  ])('%s', (_name, input, expected) => {
    const issues = issuesOf(input);
    expect(issues).toContainEqual(expect.objectContaining({ ...expected, message: expect.stringMatching(expected.message) }));
  });
});

describe('validateRouteGraph: structure', () => {
  const withEdges = (graph: Graph, edges: Graph['edges']): Graph => ({ ...graph, edges: [...graph.edges, ...edges] });

  it.each([
    ['no trigger', chain(send()), { path: 'nodes', message: /no trigger node/ }],
    [
      'two triggers',
      withEdges(chain(trigger, send(), { ...trigger, id: 'trigger-2', label: 'Second' }), []),
      { nodeId: 'trigger-2', message: /Trigger node "Second" \(trigger-2\): a route has exactly one trigger/ },
    ],
    [
      'duplicate node ids',
      { nodes: [trigger, send('x'), { ...send('x'), label: 'Copy' }], edges: [{ source: 'trigger', target: 'x' }] },
      { nodeId: 'x', path: 'nodes[2].id', message: /Send node "Copy" \(x\): the id "x" is already used by nodes\[1\]/ },
    ],
    [
      'edge to a missing node',
      withEdges(chain(trigger, send()), [{ id: 'e9', source: 'send', target: 'ghost' }]),
      { nodeId: 'send', path: 'edges[1].target', message: /Edge "e9" points to node "ghost", which does not exist/ },
    ],
    [
      'edge from a missing node',
      withEdges(chain(trigger, send()), [{ source: 'ghost', target: 'send' }]),
      { path: 'edges[1].source', message: /Edge #2 \(ghost → send\) starts at node "ghost", which does not exist/ },
    ],
    [
      'self-loop',
      withEdges(chain(trigger, filter([]), send()), [{ id: 'loop', source: 'filter', target: 'filter' }]),
      { nodeId: 'filter', message: /Filter node "Only prod" \(filter\): Edge "loop" connects the node to itself/ },
    ],
    [
      'cycle',
      withEdges(chain(trigger, filter([]), template({}), send()), [{ source: 'template', target: 'filter' }]),
      { nodeId: 'filter', message: /part of a loop \(filter → template → filter\)/ },
    ],
    [
      'edge into the trigger',
      withEdges(chain(trigger, send()), [{ id: 'back', source: 'send', target: 'trigger' }]),
      { nodeId: 'trigger', message: /Edge "back" leads into the trigger/ },
    ],
    [
      'else from a non-filter',
      withEdges(chain(trigger, template({}), send()), [{ id: 'odd', source: 'template', target: 'send', sourceHandle: 'else' }]),
      { nodeId: 'template', path: 'edges[2].sourceHandle', message: /"else" branch, which only filter nodes have/ },
    ],
    [
      'unreachable node',
      { nodes: [trigger, send(), send('orphan')], edges: [{ source: 'trigger', target: 'send' }] },
      { nodeId: 'orphan', path: 'nodes[2]', message: /Send node "orphan": not connected to the trigger/ },
    ],
    ['no send node', chain(trigger, filter([])), { path: 'nodes', message: /No send node is reachable from the trigger/ }],
    [
      'send node only unreachable',
      { nodes: [trigger, filter([]), send()], edges: [{ source: 'trigger', target: 'filter' }] },
      { path: 'nodes', message: /No send node is reachable/ },
    ],
  ])('%s', (_name, input, expected) => {
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ ...expected, message: expect.stringMatching(expected.message) }));
  });
});

describe('validateRouteGraph: templates and throttle keys compile', () => {
  it.each([
    ['title', { title: '{{#if data.x}}open' }, 'nodes[1].config.title', /title — Template error on line 1/],
    ['body', { body: 'a\nb\n{{data.x}' }, 'nodes[1].config.body', /body — Template error on line 3/],
    ['url', { url: '{{nope data.x}}' }, 'nodes[1].config.url', /url — Unknown helper "nope"/],
    ['field value', { fields: [{ label: 'ok', value: '{{#each}}{{/each}}' }] }, 'nodes[1].config.fields[0].value', /needs exactly one value/],
  ])('a broken %s names the template node', (_name, config, path, message) => {
    expect(issuesOf(chain(trigger, template(config), send()))).toContainEqual({
      nodeId: 'template',
      path,
      message: expect.stringMatching(message),
    });
  });

  it('a broken throttle key names the throttle node', () => {
    const throttle = { id: 'throttle', type: 'throttle', label: 'Per service', config: { mode: 'rate_limit', key: '{{data.service', windowSeconds: 60 } };
    expect(issuesOf(chain(trigger, throttle, send()))).toContainEqual({
      nodeId: 'throttle',
      path: 'nodes[1].config.key',
      message: expect.stringMatching(/^Throttle node "Per service" \(throttle\): key — Template error on line 1/),
    });
  });
});

describe('validateRouteGraph: filter rules are well-formed per operator', () => {
  it.each([
    ['in', 'down', /needs a list of values/],
    ['not_in', [], /needs at least one value/],
    ['gt', 'soon', /needs a number or an ISO date/],
    ['lte', { n: 1 }, /needs a number or an ISO date/],
    ['exists', 'yes', /takes true, false or no value/],
    ['severity_at_least', 'urgent', /needs one of critical, high, warning, info/],
    ['matches', '([a-z]', /is not a valid regular expression/],
    ['matches', '/x/q', /is not a valid regular expression: unsupported flag "q"/],
    ['matches', '(a)\\1', /is not supported: it uses a backreference/],
    ['matches', '(?<name>a)\\k<name>', /is not supported: it uses a backreference/],
    ['matches', 'foo(?=bar)', /is not supported: it uses lookahead or lookbehind/],
    ['matches', '(?<!x)y', /is not supported: it uses lookahead or lookbehind/],
    ['matches', 'a{2000}', /is not a valid regular expression: invalid repeat count/],
    ['matches', 42, /needs a regular expression/],
    ['equals', undefined, /needs a value to compare with/],
    ['contains', undefined, /needs a text value/],
    ['starts_with', ['a'], /needs a text value/],
  ])('%s %j is rejected', (operator, value, message) => {
    const issues = issuesOf(chain(trigger, filter([{ combinator: 'or', rules: [{ field: 'data.x', operator, value }] }]), send()));
    expect(issues).toContainEqual({
      nodeId: 'filter',
      path: 'nodes[1].config.condition.rules[0].rules[0].value',
      message: expect.stringMatching(new RegExp(`^Filter node "Only prod" \\(filter\\): rule "data.x ${operator}" ${message.source}`)),
    });
  });

  it.each([
    ['in', ['a', 'b']],
    ['gt', 5],
    ['gte', '5'],
    ['lt', '2026-01-31T00:00:00Z'],
    ['exists', undefined],
    ['exists', false],
    ['severity_at_least', 'HIGH'],
    ['matches', '^prod-\\d+$'],
    ['matches', '/timeout/i'],
    ['matches', '(a+)+$'],
    ['matches', '^(\\w+\\s?)*$'],
    ['matches', '\\\\1'],
    ['equals', 0],
    ['contains', 'x'],
  ])('%s %j is accepted', (operator, value) => {
    expect(issuesOf(chain(trigger, filter([{ field: 'data.x', operator, value }]), send()))).toEqual([]);
  });

  it('flags a field that is not part of an event', () => {
    const issues = issuesOf(chain(trigger, filter([{ field: 'status', operator: 'equals', value: 'down' }]), send()));
    expect(issues).toEqual([
      {
        nodeId: 'filter',
        path: 'nodes[1].config.condition.rules[0].field',
        message: expect.stringMatching(/rule field "status" is not part of an event .* did you mean "data.status"\?/),
      },
    ]);
  });
});
