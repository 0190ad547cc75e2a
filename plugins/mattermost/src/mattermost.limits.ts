/**
 * Mattermost's documented limits. A post's message holds at most 16,383 characters (Unicode code points; the
 * server counts runes), attachments live in the post's props, which hold at most 800,000 characters of JSON.
 * Titles and field labels have no documented cap; ours keep a post readable on a phone.
 */
export const MATTERMOST_LIMITS = {
  text: 16_383,
  attachmentText: 16_383,
  propsChars: 800_000,
  title: 256,
  fields: 20,
  fieldTitle: 256,
  fieldValue: 2_000,
  fallback: 1_000,
} as const;
