import type { SignalboxEvent, Severity } from './event.schema.js';

/** The neutral message a template produces; each channel plugin turns it into its platform's format. */
export interface Message {
  title: string;
  /** Markdown subset: **bold**, _italic_, `code`, [links](url), line breaks and "- " lists. */
  body: string;
  severity: Severity;
  fields: Array<{ label: string; value: string }>;
  url?: string;
  event: SignalboxEvent;
}

/** How interpolated values are escaped for the target: channel markup, or `json` (string-escaped, for JSON bodies). */
export type EscapeMode = 'none' | 'html' | 'slack_mrkdwn' | 'markdown' | 'json';
