/** Alert API v2 field limits, from Opsgenie's "Create Alert" and "Close Alert" reference. */
export const OPSGENIE_LIMITS = {
  message: 130,
  alias: 512,
  description: 15_000,
  tags: 20,
  tag: 50,
  /** details: keys and values together. */
  detailsChars: 8_000,
  entity: 512,
  source: 100,
  user: 100,
  note: 25_000,
} as const;

export const OPSGENIE_PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
