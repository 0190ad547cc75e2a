/**
 * The Block Kit subset this channel produces. Declared here rather than imported from @slack/types so the
 * published declarations need no Slack dependency; slack.format.spec.ts assigns them to `KnownBlock[]`, so tsc
 * proves every block we build is a valid Block Kit block.
 */
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  /** true: Slack does not auto-link or parse mentions in the text; links we intend are explicit `<url|text>`. */
  verbatim?: boolean;
}
export interface HeaderBlock {
  type: 'header';
  text: PlainText;
}
export interface SectionBlock {
  type: 'section';
  text?: Mrkdwn;
  fields?: Mrkdwn[];
}
export interface ContextBlock {
  type: 'context';
  elements: Mrkdwn[];
}
export interface ActionsBlock {
  type: 'actions';
  elements: Array<{ type: 'button'; text: PlainText; url: string; action_id: string }>;
}
export type SlackBlock = HeaderBlock | SectionBlock | ContextBlock | ActionsBlock;

/** An incoming webhook body: `text` is the notification and accessibility fallback, `blocks` the message. */
export interface SlackPayload {
  text: string;
  blocks: SlackBlock[];
}

/** Documented Block Kit limits (docs.slack.dev/reference/block-kit). */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  buttonText: 75,
  buttonUrl: 3000,
  actionId: 255,
} as const;
