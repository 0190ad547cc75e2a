import type { MantineColor } from '@mantine/core';
import type { ConditionGroup, RouteNode, RouteNodeType } from '@signalbox/route-model';
import { OPERATOR_LABELS } from '../inspector/filter/operatorLabels.js';
import { IconBolt, IconFilter, IconHourglassHigh, IconSend, IconStack2, IconTemplate, type Icon } from '@tabler/icons-react';

type ConfigOf<T extends RouteNodeType> = Extract<RouteNode, { type: T }>['config'];

export interface NodeMeta {
  title: string;
  icon: Icon;
  color: MantineColor;
  /** One line on the palette entry. */
  hint: string;
}

export const NODE_META: Record<RouteNodeType, NodeMeta> = {
  trigger: { title: 'Trigger', icon: IconBolt, color: 'violet', hint: 'Which event types start this route' },
  filter: { title: 'Filter', icon: IconFilter, color: 'teal', hint: 'Continue only when conditions hold; else-branch otherwise' },
  template: { title: 'Template', icon: IconTemplate, color: 'indigo', hint: 'Title, body and fields in Handlebars' },
  throttle: { title: 'Throttle', icon: IconHourglassHigh, color: 'grape', hint: 'Rate-limit or de-duplicate by key' },
  group: { title: 'Group', icon: IconStack2, color: 'orange', hint: 'One message per group of events (Alertmanager-style)' },
  send: { title: 'Send', icon: IconSend, color: 'cyan', hint: 'Deliver to a channel' },
};

export function defaultConfig(type: RouteNodeType, channelId?: string): RouteNode['config'] {
  switch (type) {
    case 'trigger':
      return { eventTypes: ['*'] } satisfies ConfigOf<'trigger'>;
    case 'filter':
      return { condition: { combinator: 'and', rules: [{ field: 'severity', operator: 'severity_at_least', value: 'warning' }] } } satisfies ConfigOf<'filter'>;
    case 'template':
      return { title: '[{{severity}}] {{type}}', body: '{{subject}}', fields: [] } satisfies ConfigOf<'template'>;
    case 'throttle':
      return { mode: 'rate_limit', key: '{{type}}', limit: 5, windowSeconds: 300 } satisfies ConfigOf<'throttle'>;
    case 'group':
      // Alertmanager's defaults: group_wait 30 s, group_interval 5 m, repeat_interval 4 h.
      return { groupBy: '{{source}}/{{type}}', groupWaitSeconds: 30, groupIntervalSeconds: 300, repeatIntervalSeconds: 14_400, sendResolved: true } satisfies ConfigOf<'group'>;
    case 'send':
      return { channelId: channelId ?? '' } satisfies ConfigOf<'send'>;
  }
}

function countRules(group: ConditionGroup): number {
  return group.rules.reduce((n, rule) => n + ('rules' in rule ? countRules(rule) : 1), 0);
}

/** What the node card says under its title, so the canvas reads without opening each node. */
export function summarize(type: RouteNodeType, config: RouteNode['config'], channelName: (id: string) => string | undefined): string {
  switch (type) {
    case 'trigger':
      if ((config as ConfigOf<'trigger'>).schedule) return `on schedule ${(config as ConfigOf<'trigger'>).schedule!.cron} (${(config as ConfigOf<'trigger'>).schedule!.timeZone})`;
      return (config as ConfigOf<'trigger'>).eventTypes.join(', ') || 'no event types';
    case 'filter': {
      const { condition } = config as ConfigOf<'filter'>;
      const first = condition.rules[0];
      if (!first) return 'no conditions (always passes)';
      if ('rules' in first || condition.rules.length > 1) return `${countRules(condition)} conditions (${condition.combinator})`;
      if (first.operator === 'severity_at_least') return `${first.field} ≥ ${String(first.value)}`;
      return `${first.field} ${OPERATOR_LABELS[first.operator]} ${first.value === undefined ? '' : JSON.stringify(first.value)}`.trim();
    }
    case 'template':
      return (config as ConfigOf<'template'>).title || 'untitled';
    case 'throttle': {
      const t = config as ConfigOf<'throttle'>;
      return t.mode === 'dedupe' ? `dedupe ${t.key} for ${t.windowSeconds}s` : `${t.limit} per ${t.windowSeconds}s by ${t.key}`;
    }
    case 'group': {
      const g = config as ConfigOf<'group'>;
      return `by ${g.groupBy}, first after ${g.groupWaitSeconds}s`;
    }
    case 'send': {
      const { channelId } = config as ConfigOf<'send'>;
      return channelId ? (channelName(channelId) ?? `unknown channel ${channelId}`) : 'choose a channel';
    }
  }
}
