/** Display names of the bundled channel plugins, for saying which platform a generic preview stands in for. */
const NAMES: Record<string, string> = {
  slack: 'Slack', discord: 'Discord', teams: 'Microsoft Teams', email: 'Email', telegram: 'Telegram', pagerduty: 'PagerDuty',
  webhook: 'Webhook', mattermost: 'Mattermost', 'google-chat': 'Google Chat', opsgenie: 'Opsgenie', jira: 'Jira',
};

export const platformName = (pluginId: string | undefined): string => (pluginId ? (NAMES[pluginId] ?? pluginId) : 'this channel');
