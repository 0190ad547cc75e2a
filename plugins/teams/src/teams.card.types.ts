/** The Adaptive Card 1.4 subset this channel builds (adaptivecards.io/explorer). */
export type TextColor = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'default' | 'lighter' | 'bolder';
  size?: 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
  color?: TextColor;
  isSubtle?: boolean;
  spacing?: 'none' | 'small' | 'default' | 'medium' | 'large';
}
export interface FactSet {
  type: 'FactSet';
  facts: Array<{ title: string; value: string }>;
}
export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}
export interface AdaptiveCard {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  type: 'AdaptiveCard';
  version: '1.4';
  body: Array<TextBlock | FactSet>;
  actions?: OpenUrlAction[];
  /** Teams-specific: use the channel's full width instead of a narrow bubble. */
  msteams: { width: 'Full' };
}

/** What a Workflows "when a Teams webhook request is received" trigger expects. */
export interface TeamsPayload {
  type: 'message';
  attachments: Array<{ contentType: 'application/vnd.microsoft.card.adaptive'; contentUrl: null; content: AdaptiveCard }>;
}

/** Teams refuses messages over 28 KB; counted here as 28,000 bytes of JSON, the conservative reading. */
export const TEAMS_MAX_PAYLOAD_BYTES = 28_000;
