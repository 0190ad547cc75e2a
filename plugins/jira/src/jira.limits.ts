/**
 * Jira Cloud's limits: summary ≤ 255 characters on one line; a rich-text field (description, comment body) ≤ 32,767
 * characters of stored ADF JSON; labels ≤ 255 characters, no spaces. Field caps are ours, to keep issues readable.
 */
export const JIRA_LIMITS = {
  summary: 255,
  richText: 32_767,
  label: 255,
  fields: 50,
  fieldValue: 1_000,
} as const;
