import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { RouteSummary } from '../../api/routes.js';
import { formatPercent, timeAgo } from '../../shared/formatTime.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import { RouteChannelFlag } from './RouteChannelFlag.js';

export function RouteRow({ route }: { route: RouteSummary }) {
  const rate = route.deliverySuccessRate24h;
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/routes/${route.id}`} fw={500}>{route.name}</Anchor>
          <RouteChannelFlag issues={route.channelIssues ?? []} />
        </Group>
        {route.description && <Text size="xs" c="dimmed" lineClamp={1}>{route.description}</Text>}
      </Table.Td>
      <Table.Td><StatusBadge status={route.status} /></Table.Td>
      <Table.Td>{route.publishedVersion ? `v${route.publishedVersion}` : <Text span c="dimmed" size="sm">unpublished</Text>}</Table.Td>
      <Table.Td><Text size="sm" title={route.updatedAt}>{timeAgo(route.updatedAt)}</Text></Table.Td>
      <Table.Td ta="right">{route.eventsMatched24h ?? '—'}</Table.Td>
      <Table.Td ta="right">
        <Text span size="sm" c={rate === undefined || rate === null ? 'dimmed' : rate < 0.9 ? 'red' : rate < 0.99 ? 'orange' : 'green'}>
          {formatPercent(rate)}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
