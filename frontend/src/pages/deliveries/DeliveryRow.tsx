import { Table, Text } from '@mantine/core';
import type { Delivery } from '../../api/deliveries.js';
import { formatDateTime, timeAgo } from '../../shared/formatTime.js';
import { StatusBadge } from '../../shared/StatusBadge.js';

export function DeliveryRow({ delivery, routeName, channelName, nodeLabel, onOpen }: { delivery: Delivery; routeName: string; channelName: string; nodeLabel: string; onOpen: () => void }) {
  return (
    <Table.Tr onClick={onOpen} style={{ cursor: 'pointer' }} tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && onOpen()} aria-label={`Delivery ${delivery.id}`}>
      <Table.Td><Text size="xs" title={formatDateTime(delivery.createdAt)}>{timeAgo(delivery.createdAt)}</Text></Table.Td>
      <Table.Td>
        <StatusBadge status={delivery.status} />
        {delivery.errorClass && <Text size="xs" c="dimmed" data-testid="error-class">{delivery.errorClass.replace(/_/g, ' ')}</Text>}
      </Table.Td>
      <Table.Td maw={300}>
        <Text size="xs" ff="monospace" truncate title={delivery.eventId}>{delivery.eventType ?? delivery.eventId}</Text>
        {delivery.eventSubject && <Text size="xs" c="dimmed" truncate title={delivery.eventSubject}>{delivery.eventSubject}</Text>}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{delivery.routeName ?? routeName}</Text>
        <Text size="xs" c="dimmed" title={delivery.nodeId} data-testid="delivery-node">{nodeLabel}</Text>
      </Table.Td>
      <Table.Td><Text size="sm">{channelName}</Text></Table.Td>
      <Table.Td ta="right">{delivery.attempts}</Table.Td>
      <Table.Td ta="right"><Text size="xs" c={delivery.lastStatusCode && delivery.lastStatusCode >= 400 ? 'red' : undefined}>{delivery.lastStatusCode ?? '—'}</Text></Table.Td>
      <Table.Td><Text size="xs" c="red" truncate maw={220} title={delivery.lastError ?? undefined}>{delivery.lastError ?? ''}</Text></Table.Td>
    </Table.Tr>
  );
}
