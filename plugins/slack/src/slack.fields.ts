import { singleLine, truncateText } from '@signalbox/plugin-sdk';
import type { Message } from '@signalbox/plugin-sdk';
import { SLACK_LIMITS, type ContextBlock, type Mrkdwn, type SectionBlock } from './slack.payload.js';
import { escapeMrkdwn, truncateMrkdwn } from './slack.text.js';

/** Three sections of ten: more fields than that stop being a message and start being a spreadsheet. */
export const MAX_FIELDS_SHOWN = 30;
const MAX_LABEL = 150;

/** `*Label*` over the value, Slack's usual two-column field layout. Empty values show a dash (Slack rejects ""). */
export function fieldText(field: { label: string; value: string }): Mrkdwn {
  // An asterisk inside the label would end the bold early.
  const label = escapeMrkdwn(truncateText(singleLine(field.label).replace(/\*/g, ''), MAX_LABEL));
  const value = escapeMrkdwn(field.value.trim()) || '—';
  const text = label ? `*${label}*\n${value}` : value;
  return { type: 'mrkdwn', text: truncateMrkdwn(text, SLACK_LIMITS.fieldText), verbatim: true };
}

/** Fields as sections of at most ten, plus a note saying how many did not fit. */
export function fieldBlocks(fields: Message['fields']): Array<SectionBlock | ContextBlock> {
  const usable = fields.filter((field) => field.label.trim() !== '' || field.value.trim() !== '');
  const shown = usable.slice(0, MAX_FIELDS_SHOWN);
  const blocks: Array<SectionBlock | ContextBlock> = [];
  for (let at = 0; at < shown.length; at += SLACK_LIMITS.sectionFields) {
    blocks.push({ type: 'section', fields: shown.slice(at, at + SLACK_LIMITS.sectionFields).map(fieldText) });
  }
  const hidden = usable.length - shown.length;
  if (hidden > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `+${hidden} more field${hidden === 1 ? '' : 's'} not shown`, verbatim: true }] });
  return blocks;
}
