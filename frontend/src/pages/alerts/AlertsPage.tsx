import { Badge, Button, Group, Paper, ScrollArea, Table, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { durationText } from '@signalbox/route-model';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAlerts, type AlertStatus } from '../../api/alerts.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { formatDateTime, timeAgo } from '../../shared/formatTime.js';
import { PageHeader } from '../../shared/PageHeader.js';
import { PageLoader } from '../../shared/PageLoader.js';

const SEVERITY_COLOR = { critical: 'red', high: 'orange', warning: 'yellow', info: 'blue' } as const;

/** Open alerts (problems without their recovery yet) and, on the second tab, resolved ones. */
export function AlertsPage() {
  const [status, setStatus] = useState<AlertStatus>('open');
  return (
    <>
      <PageHeader title="Alerts" description="Problems opened by events and closed by their recovery; durations are between the events' own times." />
      <Tabs value={status} onChange={(value) => setStatus((value as AlertStatus | null) ?? 'open')} px="lg" pt="sm">
        <Tabs.List>
          <Tabs.Tab value="open">Open</Tabs.Tab>
          <Tabs.Tab value="resolved">Resolved</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <AlertsTable status={status} />
    </>
  );
}

function AlertsTable({ status }: { status: AlertStatus }) {
  const alerts = useAlerts(status);
  if (alerts.isPending) return <PageLoader label="Loading alerts" />;
  if (alerts.isError) return <ErrorState error={alerts.error} onRetry={() => void alerts.refetch()} title="Could not load alerts" />;
  const items = alerts.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <EmptyState icon={<IconAlertTriangle size={24} />} title={status === 'open' ? 'No open alerts' : 'No resolved alerts yet'}>
        Events in a problem / recovery pair (a service down, then recovered) open an alert here until their recovery arrives.
      </EmptyState>
    );
  }
  return (
    <Paper withBorder m="lg">
      <ScrollArea>
        <Table highlightOnHover aria-label={`${status} alerts`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Subject</Table.Th><Table.Th>Fingerprint</Table.Th><Table.Th>Severity</Table.Th>
              <Table.Th>Since</Table.Th><Table.Th>{status === 'open' ? 'Open for' : 'Lasted'}</Table.Th><Table.Th>Count</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((alert) => (
              <Table.Tr key={alert.id}>
                <Table.Td>
                  <Text size="sm" component={Link} to={`/events/${encodeURIComponent(alert.problemEventId)}`}>{alert.subject ?? alert.type}</Text>
                </Table.Td>
                <Table.Td><Text size="xs" ff="monospace">{alert.fingerprint}</Text></Table.Td>
                <Table.Td><Badge variant="light" color={SEVERITY_COLOR[alert.severity]}>{alert.severity}</Badge></Table.Td>
                <Table.Td><Text size="sm" title={formatDateTime(alert.openedAt)}>{timeAgo(alert.openedAt)}</Text></Table.Td>
                <Table.Td><Text size="sm">{durationText(alert.durationMs)}</Text></Table.Td>
                <Table.Td>{alert.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {alerts.hasNextPage && (
        <Group justify="center" p="sm">
          <Button variant="subtle" loading={alerts.isFetchingNextPage} onClick={() => void alerts.fetchNextPage()}>Load more</Button>
        </Group>
      )}
    </Paper>
  );
}
