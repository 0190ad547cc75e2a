import type { SignalboxEvent } from './event.schema.js';
import type { GroupDigest } from './group.digest.js';
import type { EscapeMode, Message } from './message.js';
import type { RenderBudget } from './template.budget.js';
import { renderMessage, type TemplateConfig } from './template.render.js';

/**
 * A template after a group node renders one message for the whole group: `{{group.count}}`,
 * `{{#each group.firing}}…{{/each}}`, `{{group.common.source}}` …, with the group's newest event as
 * `{{event}}` (and its fields at the top level), and the group's most urgent severity as the message's.
 */
export function renderGroupMessage(
  config: TemplateConfig, event: SignalboxEvent, group: GroupDigest, options: { escape: EscapeMode; within?: RenderBudget },
): Message {
  return { ...renderMessage(config, event, { ...options, extra: { group } }), severity: group.severity };
}

/** The message a group sends when no template stands between it and the send. */
export function defaultGroupMessage(event: SignalboxEvent, group: GroupDigest): Message {
  const label = group.common.type ?? group.key;
  const title = group.status === 'resolved' ? `[RESOLVED] ${label}` : `[FIRING:${group.firingCount}] ${label}`;
  const lines = [...group.firing, ...group.resolved].map((a) => `- ${a.resolved ? 'resolved' : a.severity}: ${a.subject ?? a.type} (${a.source})`);
  const more = group.moreFiring + group.moreResolved;
  return {
    title, body: [...lines, ...(more > 0 ? [`… and ${more} more`] : [])].join('\n'), severity: group.severity,
    fields: [{ label: 'Group', value: group.key }, { label: 'Events', value: String(group.eventCount) }], event,
  };
}
