// The route library of the parity test (route-parity.spec.ts): every route semantic the worker and the
// dry run must agree on, one readable fixture each. Channel ids are filled in by the test:
//   hook  — webhook plugin (escape none), delivers to a local receiver
//   slack — slack plugin (escape slack_mrkdwn), delivers to a local stand-in
//   gone  — a channel deleted after publishing (missing channel)
//   alien — a channel whose plugin is not installed
export interface ParityChannels {
  hook: string;
  slack: string;
  gone: string;
  alien: string;
}

type Rule = { field: string; operator: string; value?: unknown } | { combinator: 'and' | 'or'; rules: Rule[] };
const trigger = (...eventTypes: string[]) => ({ id: 'trigger', type: 'trigger', config: { eventTypes } });
const filter = (id: string, combinator: 'and' | 'or', rules: Rule[]) => ({ id, type: 'filter', config: { condition: { combinator, rules } } });
const template = (id: string, title: string, body = '') => ({ id, type: 'template', config: { title, body } });
const send = (id: string, channelId: string) => ({ id, type: 'send', config: { channelId } });
const edge = (source: string, target: string, sourceHandle?: 'else') => ({ source, target, ...(sourceHandle ? { sourceHandle } : {}) });

// Harmless for the catalogue samples publishing renders it against, but for OVER_BUDGET_EVENT it produces
// more than the template budget of 2,000,000 characters (200 copies of ~20 KB).
const OVER_BUDGET = '{{#each data.a}}{{json ../data}}{{/each}}';
export const OVER_BUDGET_EVENT = {
  type: 'parity.big', source: 'parity', severity: 'warning',
  data: { a: Array.from({ length: 200 }, (_, i) => ({ name: `item-${i}` })), padding: 'p'.repeat(20_000) },
};

export const parityRoutes = (ch: ParityChannels) => [
  {
    name: 'severity branch: serious to the webhook, the rest (else) to Slack',
    graph: {
      nodes: [
        trigger('*'), filter('serious', 'and', [{ field: 'severity', operator: 'severity_at_least', value: 'warning' }]),
        template('loud', '{{upper type}} from {{source}}', '{{data.message}}'), send('page', ch.hook),
        template('quiet', '_{{type}}_ <{{source}}> & co', '{{json data}}'), send('digest', ch.slack),
      ],
      edges: [edge('trigger', 'serious'), edge('serious', 'loud'), edge('loud', 'page'), edge('serious', 'quiet', 'else'), edge('quiet', 'digest')],
    },
  },
  {
    name: 'regex on a missing field fails closed and follows else',
    graph: {
      nodes: [trigger('*'), filter('ghost', 'and', [{ field: 'data.no.such.field', operator: 'matches', value: '^x' }]), send('never', ch.hook), send('fallback', ch.slack)],
      edges: [edge('trigger', 'ghost'), edge('ghost', 'never'), edge('ghost', 'fallback', 'else')],
    },
  },
  {
    name: 'regex on a non-string field (an object) fails closed and follows else',
    graph: {
      nodes: [trigger('*'), filter('objrx', 'and', [{ field: 'data', operator: 'matches', value: '.*' }]), send('never', ch.slack), template('said', 'not a string'), send('told', ch.hook)],
      edges: [edge('trigger', 'objrx'), edge('objrx', 'never'), edge('objrx', 'said', 'else'), edge('said', 'told')],
    },
  },
  {
    name: 'nested filters: an or of ands, then a second filter',
    graph: {
      nodes: [
        trigger('*'),
        filter('outer', 'or', [
          { combinator: 'and', rules: [{ field: 'type', operator: 'contains', value: 'fail' }, { field: 'severity', operator: 'in', value: ['error', 'critical'] }] },
          { combinator: 'and', rules: [{ field: 'type', operator: 'starts_with', value: 'quota' }, { field: 'data.percent', operator: 'gte', value: 80 }] },
        ]),
        filter('has-message', 'and', [{ field: 'data.message', operator: 'exists' }]),
        template('tpl', '{{type}}', '{{data.message}}'), send('out', ch.hook),
      ],
      edges: [edge('trigger', 'outer'), edge('outer', 'has-message'), edge('has-message', 'tpl'), edge('tpl', 'out')],
    },
  },
  {
    name: 'dedupe per event id (always the first of its key)',
    graph: {
      nodes: [trigger('*'), template('tpl', '{{type}}'), { id: 'once', type: 'throttle', config: { mode: 'dedupe', windowSeconds: 3600, limit: 1, key: '{{id}}' } }, send('out', ch.hook)],
      edges: [edge('trigger', 'tpl'), edge('tpl', 'once'), edge('once', 'out')],
    },
  },
  {
    name: 'wide rate limit, default message escaped for Slack',
    graph: {
      nodes: [trigger('deploy.*', 'quota.*', 'backup.*'), { id: 'limit', type: 'throttle', config: { mode: 'rate_limit', windowSeconds: 3600, limit: 1000, key: '{{source}}/{{type}}' } }, send('out', ch.slack)],
      edges: [edge('trigger', 'limit'), edge('limit', 'out')],
    },
  },
  {
    name: 'missing channel behind a filter',
    graph: {
      nodes: [trigger('*'), filter('bad', 'and', [{ field: 'severity', operator: 'severity_at_least', value: 'error' }]), send('lost', ch.gone)],
      edges: [edge('trigger', 'bad'), edge('bad', 'lost')],
    },
  },
  {
    name: 'one template, two sends: an uninstalled plugin and a working webhook',
    graph: {
      nodes: [trigger('*'), template('tpl', '{{type}} <b>{{source}}</b>'), send('alien', ch.alien), send('ok', ch.hook)],
      edges: [edge('trigger', 'tpl'), edge('tpl', 'alien'), edge('tpl', 'ok')],
    },
  },
  {
    name: 'diamond: one send reached along two paths runs once (first path wins)',
    graph: {
      nodes: [
        trigger('*'), filter('warn', 'and', [{ field: 'severity', operator: 'severity_at_least', value: 'warning' }]),
        template('a', 'path A {{type}}'), template('b', 'path B {{type}}'), send('both', ch.hook),
      ],
      edges: [edge('trigger', 'warn'), edge('warn', 'a'), edge('trigger', 'b'), edge('a', 'both'), edge('b', 'both')],
    },
  },
  {
    name: 'template over its rendering budget (the worker fails the node; the dry run answers 400 naming it)',
    graph: {
      nodes: [trigger('parity.big'), template('huge', 'big', OVER_BUDGET), send('out', ch.hook), send('direct', ch.slack)],
      edges: [edge('trigger', 'huge'), edge('huge', 'out'), edge('trigger', 'direct')],
    },
  },
  {
    name: 'sends with different escaping after one filter, plus an unreachable branch',
    graph: {
      nodes: [
        trigger('*'), filter('any', 'and', []), template('tpl', '*{{type}}* & <{{source}}>', '{{data.message}}'),
        send('web', ch.hook), send('chat', ch.slack), send('unreached', ch.hook),
      ],
      edges: [edge('trigger', 'any'), edge('any', 'tpl'), edge('tpl', 'web'), edge('tpl', 'chat'), edge('any', 'unreached', 'else')],
    },
  },
  {
    // group_wait is long so no notification goes out during the test: per event, both sides say `grouped`.
    name: 'group node: the event joins its group; the template and sends after it are grouped',
    graph: {
      nodes: [
        trigger('*'),
        { id: 'storm', type: 'group', config: { groupBy: '{{source}}', groupWaitSeconds: 3600, groupIntervalSeconds: 300, repeatIntervalSeconds: 14_400, sendResolved: true } },
        template('digest', '{{group.firingCount}} firing in {{group.key}}', '{{#each group.firing}}- {{subject}}\n{{/each}}'), send('notify', ch.slack), send('raw', ch.hook),
      ],
      edges: [edge('trigger', 'storm'), edge('storm', 'digest'), edge('digest', 'notify'), edge('storm', 'raw')],
    },
  },
];
