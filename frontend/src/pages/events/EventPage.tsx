import { Anchor, Badge, Code, Divider, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useChannels } from '../../api/channels.js';
import { useEvent } from '../../api/events.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { formatDateTime } from '../../shared/formatTime.js';
import { PageHeader } from '../../shared/PageHeader.js';
import { PageLoader } from '../../shared/PageLoader.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import { MatchedRouteCard } from './MatchedRouteCard.js';
import { ReplayEventButton } from './ReplayEventButton.js';
import { ReplayLinks } from './ReplayLinks.js';
import { TemporalWorkflowLink } from './TemporalWorkflowLink.js';
import { nodeLabel, useVersionGraphs } from './useVersionGraphs.js';

/** "What happened to this event, and why": the routes it matched, each node's outcome and reason, its deliveries. */
export function EventPage() {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  const channels = useChannels();
  const graphs = useVersionGraphs(event.data?.matchedRoutes ?? []);
  if (event.isPending) return <PageLoader />;
  if (event.isError) return <ErrorState error={event.error} />;
  const e = event.data;
  const channelName = (id: string) => channels.data?.find((c) => c.id === id)?.name ?? id;

  return (
    <>
      <PageHeader title={e.subject ?? e.type} description={`${e.type} from ${e.source}, received ${formatDateTime(e.receivedAt)}`} actions={<><Badge variant="light" color="gray" radius="sm">{e.severity}</Badge><StatusBadge status={e.outcome} /><ReplayEventButton eventId={e.id} /></>} />
      <Stack p="lg" gap="md">
        <Text size="xs" c="dimmed" ff="monospace">{e.id}</Text>
        <ReplayLinks replayOf={e.replayOf} replays={e.replays} />
        {e.outcome !== 'unmatched' && <TemporalWorkflowLink eventId={e.id} />}
        <Divider label={`Matched routes (${e.matchedRoutes.length})`} labelPosition="left" />
        {e.matchedRoutes.length === 0 && <Text size="sm" c="dimmed">No published route matched this event; it was recorded only.</Text>}
        {e.matchedRoutes.map((route) => <MatchedRouteCard key={`${route.routeId}:${route.version}`} route={route} graph={route.routeId ? graphs.get(route.routeId) : undefined} />)}
        <Divider label={`Deliveries (${e.deliveries.length})`} labelPosition="left" />
        {e.deliveries.length > 0 && (
          <Table verticalSpacing={4} fz="sm">
            <Table.Tbody>
              {e.deliveries.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td style={{ width: 120, minWidth: 120 }}><StatusBadge status={d.status} /></Table.Td>
                  <Table.Td><Anchor component={Link} to={`/deliveries?delivery=${d.id}`} size="sm" title={d.nodeId}>{nodeLabel(graphs.get(d.routeId), d.nodeId)}</Anchor></Table.Td>
                  <Table.Td>{channelName(d.channelId)}</Table.Td>
                  <Table.Td><Text size="xs" c="dimmed">{d.attempts} attempt{d.attempts === 1 ? '' : 's'}{d.lastStatusCode ? ` · HTTP ${d.lastStatusCode}` : ''}</Text></Table.Td>
                  <Table.Td><Text size="xs" c="red" truncate maw={260} title={d.lastError ?? undefined}>{d.lastError ?? ''}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Divider label="Payload" labelPosition="left" />
        <Code block>{JSON.stringify(e.data, null, 2)}</Code>
      </Stack>
    </>
  );
}
