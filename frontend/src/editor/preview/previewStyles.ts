import type { EscapeMode } from '@signalbox/route-model';

export type PreviewStyle = 'slack' | 'discord' | 'card';

/** Each preview renders with the escape mode its platform's plugin uses, so what you see is what it gets. */
export const PREVIEW_STYLES: Record<PreviewStyle, { label: string; escape: EscapeMode }> = {
  slack: { label: 'Slack', escape: 'slack_mrkdwn' },
  discord: { label: 'Discord', escape: 'markdown' },
  card: { label: 'Card', escape: 'markdown' },
};

export function styleForPlugin(pluginId: string | undefined): PreviewStyle {
  if (pluginId === 'slack') return 'slack';
  if (pluginId === 'discord') return 'discord';
  return 'card';
}
