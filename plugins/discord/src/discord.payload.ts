/**
 * The execute-webhook body this channel sends (a subset of discord-api-types'
 * RESTPostAPIWebhookWithTokenJSONBody; discord.format.spec.ts checks assignability).
 */
export interface DiscordEmbedField {
  name: string;
  value: string;
  inline?: boolean;
}
export interface DiscordEmbed {
  title: string;
  url?: string;
  description?: string;
  /** 0xRRGGBB as an integer. */
  color: number;
  fields?: DiscordEmbedField[];
  footer?: { text: string };
  /** ISO 8601. */
  timestamp?: string;
}
export interface DiscordPayload {
  content?: string;
  username?: string;
  avatar_url?: string;
  embeds: DiscordEmbed[];
  /** Who may be pinged by `content`; embeds never ping. */
  allowed_mentions: { parse: Array<'users' | 'roles' | 'everyone'> };
}

/** Documented limits (discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  username: 80,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** title + description + field names and values + footer text + author name, across all embeds. */
  embedTotal: 6000,
  url: 2048,
} as const;
