import { Badge, Button, Paper, ScrollArea, Table, Text } from '@mantine/core';
import { IconPlus, IconWebhook } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { PageHeader } from '../../shared/PageHeader.js';
import { PageLoader } from '../../shared/PageLoader.js';
import { CreateSourceModal } from './CreateSourceModal.js';
import { SourceDrawer } from './SourceDrawer.js';
import { useSourcePresets, useSources } from './sourcesApi.js';

export function SourcesPage() {
  const sources = useSources();
  const presets = useSourcePresets();
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const presetName = (id: string) => presets.data?.find((p) => p.id === id)?.name ?? id;
  const newButton = <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>New source</Button>;

  let content;
  if (sources.isPending) content = <PageLoader label="Loading sources" />;
  else if (sources.isError) content = <ErrorState error={sources.error} onRetry={() => void sources.refetch()} title="Could not load sources" />;
  else if (sources.data.length === 0)
    content = (
      <EmptyState icon={<IconWebhook size={24} />} title="No sources yet" action={newButton}>
        A source takes another tool&apos;s own webhook — Alertmanager, Grafana, Nemo Router, any JSON — and turns it into events.
      </EmptyState>
    );
  else
    content = (
      <Paper withBorder m="lg">
        <ScrollArea>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Tool</Table.Th><Table.Th>Last received</Table.Th><Table.Th>Last rejected</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sources.data.map((s) => (
                <Table.Tr key={s.id} style={{ cursor: 'pointer' }} onClick={() => setOpenId(s.id)}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{presetName(s.preset)}</Table.Td>
                  <Table.Td><Text size="sm">{s.lastReceivedAt ? new Date(s.lastReceivedAt).toLocaleString() : '—'}</Text></Table.Td>
                  <Table.Td>{s.lastRejectedAt ? <Badge color="red" variant="light" title={s.lastRejectionReason ?? ''}>{new Date(s.lastRejectedAt).toLocaleString()}</Badge> : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Paper>
    );

  return (
    <>
      <PageHeader title="Sources" description="Other tools' webhooks, verified and mapped to events." actions={sources.data?.length ? newButton : null} />
      {content}
      <CreateSourceModal opened={creating} onClose={() => setCreating(false)} onCreated={(source) => { setCreating(false); setOpenId(source.id); }} />
      <SourceDrawer sourceId={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
