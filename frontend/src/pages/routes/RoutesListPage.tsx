import { Button, Paper, ScrollArea, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconRoute } from '@tabler/icons-react';
import { useRoutes } from '../../api/routes.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { PageHeader } from '../../shared/PageHeader.js';
import { PageLoader } from '../../shared/PageLoader.js';
import { CreateRouteModal } from './CreateRouteModal.js';
import { FirstRunPanel } from './FirstRunPanel.js';
import { useHasEvents } from './useHasEvents.js';
import { RouteRow } from './RouteRow.js';

export function RoutesListPage() {
  const routes = useRoutes();
  const [creating, { open, close }] = useDisclosure(false);
  const hasEvents = useHasEvents();
  const newButton = <Button leftSection={<IconPlus size={16} />} onClick={open}>New route</Button>;

  let content;
  if (routes.isPending) content = <PageLoader label="Loading routes" />;
  else if (routes.isError) content = <ErrorState error={routes.error} onRetry={() => void routes.refetch()} title="Could not load routes" />;
  else if (routes.data.length === 0)
    content = (
      <EmptyState icon={<IconRoute size={24} />} title="No routes yet" action={newButton}>
        A route takes events of some types, filters and formats them, and sends them to your channels.
      </EmptyState>
    );
  else
    content = (
      <Paper withBorder m="lg">
        <ScrollArea>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Version</Table.Th>
                <Table.Th>Last edited</Table.Th>
                <Table.Th ta="right">Events (24 h)</Table.Th>
                <Table.Th ta="right">Delivery success</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {routes.data.map((route) => <RouteRow key={route.id} route={route} />)}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Paper>
    );

  return (
    <>
      <PageHeader title="Routes" description="Which events go where, and how they read when they get there." actions={routes.data?.length ? newButton : null} />
      {hasEvents === false && <FirstRunPanel />}
      {content}
      <CreateRouteModal opened={creating} onClose={close} />
    </>
  );
}
