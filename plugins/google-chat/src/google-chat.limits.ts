/**
 * Google Chat's documented limits: a message's text holds at most 4,096 characters and a whole message at most
 * 32,000 bytes (as JSON). We apply the 4,096 cap to every text-bearing card widget too. Caps on titles, field
 * counts and labels are ours, to keep a card readable.
 */
export const GOOGLE_CHAT_LIMITS = {
  text: 4_096,
  messageBytes: 32_000,
  headerTitle: 200,
  headerSubtitle: 200,
  fields: 25,
  label: 200,
  value: 1_000,
  threadKey: 128,
} as const;
