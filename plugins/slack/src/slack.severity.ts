import { severityStyle } from '@signalbox/plugin-sdk';

/** Slack renders Unicode emoji, but its own shortcodes look native in every client; the label comes from the SDK. */
const SLACK_EMOJI: Record<string, string> = {
  Critical: ':red_circle:',
  High: ':large_orange_circle:',
  Warning: ':large_yellow_circle:',
  Info: ':large_blue_circle:',
};

export function slackSeverity(severity: unknown): { emoji: string; label: string } {
  const { label } = severityStyle(severity);
  return { emoji: SLACK_EMOJI[label] ?? ':white_circle:', label };
}
