import { Button, Paper, ScrollArea, Table } from '@mantine/core';
import { IconPlugConnected, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useChannels, type Channel } from '../../api/channels.js';
import { usePlugins } from '../../api/plugins.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { PageHeader } from '../../shared/PageHeader.js';
import { PageLoader } from '../../shared/PageLoader.js';
import { ChannelFormDrawer } from './ChannelFormDrawer.js';
import { ChannelRow } from './ChannelRow.js';

export function ChannelsPage() {
  const channels = useChannels();
  const plugins = usePlugins();
  // undefined: closed; null: creating; a channel: editing it.
  const [editing, setEditing] = useState<Channel | null | undefined>(undefined);
  const pluginNames = useMemo(() => new Map((plugins.data ?? []).map((p) => [p.id, p.name])), [plugins.data]);
  const pluginName = (id: string) => pluginNames.get(id) ?? id;
  const edit = useCallback((channel: Channel) => setEditing(channel), []);
  const newButton = <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>New channel</Button>;

  let content;
  if (channels.isPending) content = <PageLoader label="Loading channels" />;
  else if (channels.isError) content = <ErrorState error={channels.error} onRetry={() => void channels.refetch()} title="Could not load channels" />;
  else if (channels.data.length === 0)
    content = (
      <EmptyState icon={<IconPlugConnected size={24} />} title="No channels yet" action={newButton}>
        A channel is a destination — a Slack webhook, a Discord channel, an on-call service, any HTTPS endpoint.
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
                <Table.Th>Type</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Health</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {channels.data.map((c) => <ChannelRow key={c.id} channel={c} pluginName={pluginName(c.pluginId)} onEdit={edit} />)}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Paper>
    );

  return (
    <>
      <PageHeader title="Channels" description="Where messages go. Secrets are stored encrypted and never shown again." actions={channels.data?.length ? newButton : null} />
      {content}
      <ChannelFormDrawer opened={editing !== undefined} channel={editing ?? null} onClose={() => setEditing(undefined)} />
    </>
  );
}
