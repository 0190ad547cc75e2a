import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { EventListItem } from '../../api/events.js';
import { formatDateTime, timeAgo } from '../../shared/formatTime.js';
import { StatusBadge } from '../../shared/StatusBadge.js';

export function EventRow({ event }: { event: EventListItem }) {
  return (
    <Table.Tr data-testid="event-row" data-event-id={event.id}>
      <Table.Td><Text size="xs" title={formatDateTime(event.receivedAt)}>{timeAgo(event.receivedAt)}</Text></Table.Td>
      <Table.Td><StatusBadge status={event.outcome} /></Table.Td>
      <Table.Td maw={360}>
        <Anchor component={Link} to={`/events/${encodeURIComponent(event.id)}`} size="sm" ff="monospace">{event.type}</Anchor>
        {event.subject && <Text size="xs" c="dimmed" truncate title={event.subject}>{event.subject}</Text>}
        {event.replayOf && <Text size="xs" c="dimmed">replay of {event.replayOf}</Text>}
      </Table.Td>
      <Table.Td><Text size="sm">{event.source}</Text></Table.Td>
      <Table.Td><Badge variant="light" color="gray" radius="sm">{event.severity}</Badge></Table.Td>
      <Table.Td ta="right">{event.matchedRouteCount}</Table.Td>
    </Table.Tr>
  );
}
