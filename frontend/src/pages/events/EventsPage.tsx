import { Button, Center, Paper, ScrollArea, Table } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useEvents } from '../../api/events.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { PageHeader } from '../../shared/PageHeader.js';
import { PageLoader } from '../../shared/PageLoader.js';
import { EventFiltersBar } from './EventFiltersBar.js';
import { EventRow } from './EventRow.js';
import { ReplayEventsButton } from './ReplayEventsButton.js';
import { useEventFilters } from './useEventFilters.js';

/** Every accepted event with what became of it — including the ones no delivery row ever mentions. */
export function EventsPage() {
  const { filters, window, set } = useEventFilters();
  const events = useEvents(filters);
  const rows = events.data?.pages.flatMap((p) => p.items) ?? [];

  let content;
  if (events.isPending) content = <PageLoader label="Loading events" />;
  else if (events.isError) content = <ErrorState error={events.error} onRetry={() => void events.refetch()} title="Could not load events" />;
  else if (rows.length === 0)
    content = (
      <EmptyState icon={<IconListDetails size={24} />} title="No events match">
        Events appear here as services post them, whatever became of them. Try a wider time window or fewer filters.
      </EmptyState>
    );
  else
    content = (
      <Paper withBorder m="lg">
        <ScrollArea>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Received</Table.Th><Table.Th>Outcome</Table.Th><Table.Th>Event</Table.Th><Table.Th>Source</Table.Th><Table.Th>Severity</Table.Th>
                <Table.Th ta="right">Routes</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{rows.map((e) => <EventRow key={e.id} event={e} />)}</Table.Tbody>
          </Table>
        </ScrollArea>
        {events.hasNextPage && (
          <Center p="sm"><Button size="xs" variant="light" loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>Load more</Button></Center>
        )}
      </Paper>
    );

  return (
    <>
      <PageHeader title="Events" description="Everything services sent, and what became of each: delivered, filtered, throttled, held, failed or unmatched."
        actions={rows.length > 0 ? <ReplayEventsButton filters={filters} /> : undefined} />
      <EventFiltersBar filters={filters} window={window} set={set} />
      <div style={{ flex: 1, overflow: 'auto' }}>{content}</div>
    </>
  );
}
