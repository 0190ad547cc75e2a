import { Anchor, Badge, Card, Group, Table, Text } from '@mantine/core';
import type { RouteGraph } from '@signalbox/route-model';
import { Link } from 'react-router';
import type { EventDetail } from '../../api/events.js';
import { outcomeColor } from './outcomeColor.js';
import { inWalkOrder, nodeLabel } from './useVersionGraphs.js';

type MatchedRoute = EventDetail['matchedRoutes'][number];

/** One route version the event ran against, and what each of its nodes did with it, with the reason. */
export function MatchedRouteCard({ route, graph }: { route: MatchedRoute; graph: RouteGraph | undefined }) {
  const name = route.name ?? 'Deleted route';
  return (
    <Card withBorder padding="sm" radius="md">
      <Group gap={8} mb="xs">
        {route.routeId ? <Anchor component={Link} to={`/routes/${route.routeId}`} fw={600}>{name}</Anchor> : <Text fw={600}>{name}</Text>}
        {route.version !== null && <Badge variant="outline" color="gray" radius="sm">v{route.version}</Badge>}
      </Group>
      {route.outcomes.length === 0 ? (
        <Text size="xs" c="dimmed">No node has reported yet (the workflow may still be running).</Text>
      ) : (
        <Table verticalSpacing={4} fz="xs">
          <Table.Tbody>
            {inWalkOrder(graph, route.outcomes).map((o) => (
              <Table.Tr key={o.nodeId} data-node={o.nodeId}>
                <Table.Td w={160}><Text size="xs" fw={500} truncate title={o.nodeId}>{nodeLabel(graph, o.nodeId)}</Text></Table.Td>
                <Table.Td w={80}><Text size="xs" c="dimmed">{o.nodeType}</Text></Table.Td>
                <Table.Td style={{ width: 120, minWidth: 120 }}><Badge size="sm" variant="light" radius="sm" color={outcomeColor(o.outcome)}>{o.outcome}</Badge></Table.Td>
                <Table.Td><Text size="xs">{o.reason ?? ''}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
