import { Alert, Anchor } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useChannels } from '../../api/channels.js';

/**
 * Shown in the route editor on a route generated from a channel's subscriptions: that page owns the route, and
 * saving it there again replaces the graph, so edits belong there.
 */
export function GeneratedRouteBanner({ channelId }: { channelId: string | null | undefined }) {
  // The editor's palette already loads the channel list, so this costs no request of its own.
  const channels = useChannels();
  if (!channelId) return null;
  const name = channels.data?.find((c) => c.id === channelId)?.name ?? 'this channel';
  return (
    <Alert color="blue" variant="light" radius={0} py="xs" icon={<IconLink size={16} />} data-testid="generated-route-banner">
      Generated from the subscriptions of channel <strong>{name}</strong> — edit them there:{' '}
      <Anchor component={Link} to={`/channels/${channelId}/subscriptions`} size="sm">open {name}&apos;s subscriptions</Anchor>
    </Alert>
  );
}
