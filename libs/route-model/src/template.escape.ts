import type { EscapeMode } from './message.js';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Slack's formatting docs ask for exactly these three; escaping quotes would show up literally in mrkdwn.
const SLACK_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

// CommonMark treats every ASCII punctuation character after a backslash as literal; these are the ones that
// can start emphasis, code, links, headings, lists, tables, strikethrough or HTML.
const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|<>~]/g;

/** Makes `text` safe to interpolate into content of the given kind. */
export const ESCAPERS: Record<EscapeMode, (text: string) => string> = {
  none: (text) => text,
  html: (text) => text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char),
  slack_mrkdwn: (text) => text.replace(/[&<>]/g, (char) => SLACK_ENTITIES[char] ?? char),
  markdown: (text) => text.replace(MARKDOWN_SPECIALS, '\\$&'),
  // String content without the surrounding quotes, for `"text": "{{subject}}"` inside a JSON body template.
  json: (text) => JSON.stringify(text).slice(1, -1),
};

export const ESCAPE_MODES = Object.keys(ESCAPERS) as EscapeMode[];

export function escapeText(text: string, mode: EscapeMode): string {
  return ESCAPERS[mode](text);
}
