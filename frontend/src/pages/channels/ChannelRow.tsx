import { ActionIcon, Group, Switch, Table, Text, Tooltip } from '@mantine/core';
import { IconListCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { memo, useState } from 'react';
import { useChannelMutations, type Channel } from '../../api/channels.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import { ChannelDeleteModal } from './ChannelDeleteModal.js';
import { ChannelDisabledNote } from './ChannelDisabledNote.js';
import { ChannelHealthCell } from './ChannelHealthCell.js';
import { ChannelTestButton } from './ChannelTestButton.js';

/** Memoised (with a stable onEdit): opening the drawer or one row's change must not re-render 200 rows. */
export const ChannelRow = memo(function ChannelRow({ channel, pluginName, onEdit }: { channel: Channel; pluginName: string; onEdit: (channel: Channel) => void }) {
  const { setPaused } = useChannelMutations();
  const [deleting, setDeleting] = useState(false);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>{channel.name}</Text>
        {channel.destination && <Text size="xs" c="dimmed" ff="monospace" data-testid="channel-destination">{channel.destination}</Text>}
      </Table.Td>
      <Table.Td><Text size="sm">{pluginName}</Text></Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <StatusBadge status={channel.disabledAt ? 'disabled' : channel.paused ? 'paused' : 'active'} />
          <ChannelDisabledNote channel={channel} />
          {(channel.heldCount ?? 0) > 0 && (
            <Tooltip label="Deliveries waiting for this channel; resuming sends them in event order, paced">
              <Text size="xs" c="yellow.8" fw={500} data-testid="held-count">{channel.heldCount} held</Text>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
      <Table.Td><ChannelHealthCell channelId={channel.id} lastTest={channel.lastTest} /></Table.Td>
      <Table.Td>
        <Group gap={6} justify="flex-end" wrap="nowrap">
          <ChannelTestButton channelId={channel.id} />
          <Tooltip label={channel.paused ? 'Resume deliveries' : 'Pause deliveries (they wait, they are not dropped)'}>
            <Switch size="xs" checked={!channel.paused} aria-label={channel.paused ? 'Resume channel' : 'Pause channel'}
              disabled={setPaused.isPending} onChange={() => setPaused.mutate({ id: channel.id, paused: !channel.paused })} />
          </Tooltip>
          <Tooltip label="Which events go here">
            <ActionIcon component={Link} to={`/channels/${channel.id}/subscriptions`} variant="subtle" color="gray" aria-label="Subscriptions"><IconListCheck size={16} /></ActionIcon>
          </Tooltip>
          <Tooltip label="Edit"><ActionIcon variant="subtle" color="gray" aria-label="Edit channel" onClick={() => onEdit(channel)}><IconPencil size={16} /></ActionIcon></Tooltip>
          <Tooltip label="Delete"><ActionIcon variant="subtle" color="red" aria-label="Delete channel" onClick={() => setDeleting(true)}><IconTrash size={16} /></ActionIcon></Tooltip>
        </Group>
        {deleting && <ChannelDeleteModal channel={channel} opened onClose={() => setDeleting(false)} />}
      </Table.Td>
    </Table.Tr>
  );
});
