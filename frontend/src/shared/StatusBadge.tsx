import { Badge, type MantineColor } from '@mantine/core';

const COLORS: Record<string, MantineColor> = {
  draft: 'gray',
  published: 'green',
  disabled: 'dark',
  delivered: 'green',
  routed: 'green',
  unmatched: 'gray',
  failed: 'red',
  retrying: 'orange',
  held: 'yellow',
  pending: 'gray',
  sending: 'blue',
  paused: 'yellow',
  active: 'green',
  // Event outcomes (see the API's event-outcome.sql.ts).
  partially_delivered: 'orange',
  in_progress: 'blue',
  throttled: 'yellow',
  filtered: 'gray',
  grouped: 'yellow',
  // Silences and mute timings.
  silenced: 'violet',
  muted: 'violet',
  expired: 'gray',
  'muting now': 'violet',
  'not muting': 'gray',
};

export function StatusBadge({ status }: { status: string }) {
  // Never truncated: a status cut to "RETRY…" in a narrow table column is worse than a wider column.
  return <Badge color={COLORS[status] ?? 'gray'} variant="light" radius="sm" style={{ flexShrink: 0, maxWidth: 'none', overflow: 'visible' }}>{status.replace(/_/g, ' ')}</Badge>;
}
