import { cleanText, singleLine, truncateText } from '@signalbox/plugin-sdk';
import type { Message } from '@signalbox/plugin-sdk';
import type { SlackConfig } from './slack.config.js';
import { fieldBlocks } from './slack.fields.js';
import { safeLink } from './slack.link.js';
import { markdownToMrkdwn } from './slack.mrkdwn.js';
import { SLACK_LIMITS, type ContextBlock, type SlackBlock, type SlackPayload } from './slack.payload.js';
import { slackSeverity } from './slack.severity.js';
import { decodeEntities, escapeMrkdwn, splitMrkdwn, truncateMrkdwn } from './slack.text.js';

/** 12,000 characters of body: past that readers want the link, and Slack folds long messages anyway. */
export const MAX_BODY_SECTIONS = 4;
const LINK_LABEL = 'View details';

/** The message with unsendable control characters and broken surrogates removed from every text. */
function cleanMessage(message: Message): Message {
  return {
    ...message,
    title: cleanText(message.title ?? ''),
    body: cleanText(message.body ?? ''),
    fields: (message.fields ?? []).map((field) => ({ label: cleanText(String(field.label ?? '')), value: cleanText(String(field.value ?? '')) })),
    event: { ...message.event, source: cleanText(String(message.event.source ?? '')), type: cleanText(String(message.event.type ?? '')) },
  };
}

/** The header: plain text on one line, never empty (Slack rejects an empty header). */
export function headerText(message: Message): string {
  const title = singleLine(decodeEntities(message.title)) || singleLine(message.event.type) || 'Alert';
  return truncateText(title, SLACK_LIMITS.headerText);
}

/** `<!date^…>` shows the event time in each reader's own time zone; the fallback is for clients that cannot. */
function slackDate(timestamp: string): string | undefined {
  const at = Date.parse(timestamp);
  if (!Number.isFinite(at)) return undefined;
  const fallback = new Date(at).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  return `<!date^${Math.floor(at / 1000)}^{date_short_pretty} at {time}|${fallback}>`;
}

function contextBlock(message: Message, link: string | undefined): ContextBlock {
  const { emoji, label } = slackSeverity(message.severity);
  const source = escapeMrkdwn(truncateText(singleLine(message.event.source ?? ''), 100));
  const parts = [`${emoji} *${label}*`, source, slackDate(message.event.timestamp), link && `<${link}|${LINK_LABEL}>`];
  const text = parts.filter(Boolean).join('  ·  ');
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncateMrkdwn(text, SLACK_LIMITS.contextText), verbatim: true }] };
}

/**
 * Neutral message → incoming-webhook Block Kit: header (title), the body as mrkdwn sections, fields in
 * two-column sections, an optional link button, and a context line (severity, source, time, link). Every text is
 * cut to its documented limit with an ellipsis; the block count stays far below 50 by construction.
 */
export function formatSlack(input: Message, config: SlackConfig): SlackPayload {
  const message = cleanMessage(input);
  const title = headerText(message);
  const blocks: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: title, emoji: true } }];
  // Only what can be shown is converted: the parser takes seconds over a 100 kB body.
  const body = markdownToMrkdwn(truncateText(message.body, MAX_BODY_SECTIONS * SLACK_LIMITS.sectionText + 1000));
  for (const chunk of splitMrkdwn(body, SLACK_LIMITS.sectionText, MAX_BODY_SECTIONS)) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk, verbatim: true } });
  }
  blocks.push(...fieldBlocks(message.fields));
  const buttonLink = config.linkButton ? safeLink(message.url, SLACK_LIMITS.buttonUrl) : undefined;
  if (buttonLink) {
    blocks.push({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: LINK_LABEL, emoji: true }, url: buttonLink, action_id: 'signalbox_open_url' }] });
  }
  // In the context line the link shares a 3000-character text with the rest, hence the tighter bound.
  blocks.push(contextBlock(message, buttonLink ? undefined : safeLink(message.url, 2000)));
  const { emoji, label } = slackSeverity(message.severity);
  // The notification text: short (the title is ≤150 characters) and escaped like every mrkdwn text.
  const text = `${emoji} ${label}: ${escapeMrkdwn(title)}`;
  return { text, blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}
