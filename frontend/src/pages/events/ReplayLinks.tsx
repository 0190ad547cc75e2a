import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/formatTime.js';

const eventLink = (id: string) => `/events/${encodeURIComponent(id)}`;

/** Original ↔ replays: a replay is its own event with its own outcomes and deliveries. */
export function ReplayLinks({ replayOf, replays }: { replayOf: string | null; replays: Array<{ id: string; receivedAt: string }> }) {
  if (!replayOf && replays.length === 0) return null;
  return (
    <Group gap="xs">
      {replayOf && <Text size="sm">Replay of <Anchor component={Link} to={eventLink(replayOf)} ff="monospace" size="sm">{replayOf}</Anchor></Text>}
      {replays.length > 0 && <Text size="sm">Replays:</Text>}
      {replays.map((r) => (
        <Anchor key={r.id} component={Link} to={eventLink(r.id)} size="sm" ff="monospace" title={formatDateTime(r.receivedAt)}>{r.id}</Anchor>
      ))}
    </Group>
  );
}
