import { Button, Center, Paper, ScrollArea, Table } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { useChannels } from '../../api/channels.js';
import { useDeliveries } from '../../api/deliveries.js';
import { useRoutes } from '../../api/routes.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { PageHeader } from '../../shared/PageHeader.js';
import { PageLoader } from '../../shared/PageLoader.js';
import { DeliveryDrawer } from './DeliveryDrawer.js';
import { DeliveryFiltersBar } from './DeliveryFiltersBar.js';
import { DeliveryRow } from './DeliveryRow.js';
import { useDeliveryFilters } from './useDeliveryFilters.js';
import { useDeliveryNodeLabels } from './useDeliveryNodeLabels.js';

export function DeliveriesPage() {
  const { filters, window, openId, set } = useDeliveryFilters();
  const deliveries = useDeliveries(filters);
  const routes = useRoutes();
  const channels = useChannels();
  const routeName = (id: string) => routes.data?.find((r) => r.id === id)?.name ?? id;
  const channelName = (id: string) => channels.data?.find((c) => c.id === id)?.name ?? id;
  const rows = deliveries.data?.pages.flatMap((p) => p.items) ?? [];
  const nodeLabel = useDeliveryNodeLabels(rows);

  let content;
  if (deliveries.isPending) content = <PageLoader label="Loading deliveries" />;
  else if (deliveries.isError) content = <ErrorState error={deliveries.error} onRetry={() => void deliveries.refetch()} title="Could not load deliveries" />;
  else if (rows.length === 0)
    content = (
      <EmptyState icon={<IconTimeline size={24} />} title="No deliveries match">
        Deliveries appear here when a published route sends an event to a channel. Try a wider time window, or post a test event from a route's Test panel.
      </EmptyState>
    );
  else
    content = (
      <Paper withBorder m="lg">
        <ScrollArea>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th><Table.Th>Status</Table.Th><Table.Th>Event</Table.Th><Table.Th>Route</Table.Th><Table.Th>Channel</Table.Th>
                <Table.Th ta="right">Attempts</Table.Th><Table.Th ta="right">Code</Table.Th><Table.Th>Last error</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((d) => (
                <DeliveryRow key={d.id} delivery={d} routeName={routeName(d.routeId)} channelName={channelName(d.channelId)} nodeLabel={nodeLabel(d)} onOpen={() => set('delivery', d.id)} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
        {deliveries.hasNextPage && (
          <Center p="sm"><Button size="xs" variant="light" loading={deliveries.isFetchingNextPage} onClick={() => void deliveries.fetchNextPage()}>Load more</Button></Center>
        )}
      </Paper>
    );

  return (
    <>
      <PageHeader title="Deliveries" description="Every message sent (or not), with each attempt and the platform's answer." />
      <DeliveryFiltersBar filters={filters} window={window} set={set} />
      <div style={{ flex: 1, overflow: 'auto' }}>{content}</div>
      <DeliveryDrawer id={openId} onClose={() => set('delivery', null)} />
    </>
  );
}
