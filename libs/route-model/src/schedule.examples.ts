import type { TriggerSchedule } from './route.schema.js';

export interface ScheduleExample {
  name: string;
  description: string;
  schedule: TriggerSchedule;
  /** Only these sources' events are counted. */
  sources: string[];
  template: { title: string; body: string; fields: Array<{ label: string; value: string }> };
}

const countList = (list: string) => `{{#each data.${list}}}• {{key}}: {{count}}\n{{/each}}`;

/**
 * NestAI sends a daily usage summary at 00:00 UTC and a weekly report on Mondays at 08:00 UTC; these are
 * the same reports built by Signalbox from the events NestAI posts (docs, editor presets and tests use them).
 */
export const SCHEDULE_EXAMPLES: Record<'nestaiDaily' | 'nestaiWeekly', ScheduleExample> = {
  nestaiDaily: {
    name: 'NestAI daily usage',
    description: 'Every day at 00:00 UTC: what NestAI reported in the last 24 hours',
    schedule: { cron: '0 0 * * *', timeZone: 'UTC' },
    sources: ['nestai'],
    template: {
      title: 'NestAI daily: {{data.total}} events',
      body: `{{formatDate data.window.from "yyyy-MM-dd HH:mm"}} → {{formatDate data.window.to "yyyy-MM-dd HH:mm"}} UTC\n\n*By type*\n${countList('byType')}\n*By severity*\n${countList('bySeverity')}`,
      fields: [
        { label: 'Delivered', value: '{{#each data.byOutcome}}{{#if (eq key "delivered")}}{{count}}{{/if}}{{/each}}' },
        { label: 'Open alerts', value: '{{default data.openAlerts.count "n/a"}}' },
      ],
    },
  },
  nestaiWeekly: {
    name: 'NestAI weekly report',
    description: 'Mondays at 08:00 UTC: the week in NestAI events, outcomes and channels',
    schedule: { cron: '0 8 * * 1', timeZone: 'UTC' },
    sources: ['nestai'],
    template: {
      title: 'NestAI weekly: {{data.total}} events',
      body: `Week ending {{formatDate data.window.to "yyyy-MM-dd"}}\n\n*By type*\n${countList('byType')}\n*Outcomes*\n${countList('byOutcome')}\n*Channels*\n{{#each data.byChannel}}• {{key}}: {{delivered}} delivered, {{failed}} failed\n{{/each}}`,
      fields: [{ label: 'Open alerts', value: '{{default data.openAlerts.count "n/a"}}' }],
    },
  },
};
