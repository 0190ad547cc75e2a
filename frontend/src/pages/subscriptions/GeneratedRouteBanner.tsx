import { Alert, Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconLink } from '@tabler/icons-react';
import { Link } from 'react-router';
import { call, client } from '../../api/http.js';

/**
 * Shown in the route editor on a route generated from a channel's subscriptions: that page owns the route, and
 * saving it there again replaces the graph, so edits belong there.
 */
export function GeneratedRouteBanner({ channelId }: { channelId: string | null | undefined }) {
  const channel = useQuery({
    queryKey: ['channels', channelId],
    queryFn: () => call(client.GET('/v1/channels/{id}', { params: { path: { id: channelId! } } })),
    enabled: !!channelId,
  });
  if (!channelId) return null;
  const name = channel.data?.name ?? 'this channel';
  return (
    <Alert color="blue" variant="light" radius={0} py="xs" icon={<IconLink size={16} />} data-testid="generated-route-banner">
      Generated from the subscriptions of channel <strong>{name}</strong> — edit them there:{' '}
      <Anchor component={Link} to={`/channels/${channelId}/subscriptions`} size="sm">open {name}&apos;s subscriptions</Anchor>
    </Alert>
  );
}
