/** Ordered from most to least urgent; `severity_at_least` filters compare positions in this list. Free of zod, so workflow code may import it. */
export const SEVERITIES = ['critical', 'high', 'warning', 'info'] as const;
