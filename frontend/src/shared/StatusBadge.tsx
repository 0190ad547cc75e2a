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
  pending: 'gray',
  sending: 'blue',
  paused: 'yellow',
  active: 'green',
};

export function StatusBadge({ status }: { status: string }) {
  return <Badge color={COLORS[status] ?? 'gray'} variant="light" radius="sm">{status}</Badge>;
}
