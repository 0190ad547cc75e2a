import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../shared/ErrorState.js';
import { PageHeader } from '../../shared/PageHeader.js';
import { PageLoader } from '../../shared/PageLoader.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { SubscriptionsForm } from './SubscriptionsForm.js';
import { useSubscriptions } from './subscriptionsApi.js';

/** `/channels/:channelId/subscriptions`: which catalogue events go to one channel. */
export function SubscriptionsPage() {
  const { channelId = '' } = useParams();
  const subscriptions = useSubscriptions(channelId);
  const channelName = subscriptions.data?.channelName;
  usePageTitle(channelName ? `${channelName} subscriptions` : 'Subscriptions');

  let content;
  if (subscriptions.isPending) content = <PageLoader label="Loading subscriptions" />;
  else if (subscriptions.isError) content = <ErrorState error={subscriptions.error} onRetry={() => void subscriptions.refetch()} title="Could not load the subscriptions" />;
  // Keyed by channel: the form's ticks start from what the server has, once per channel.
  else content = <SubscriptionsForm key={channelId} channelId={channelId} initial={subscriptions.data} />;

  return (
    <>
      <PageHeader
        title={channelName ? `Which events go to ${channelName}` : 'Subscriptions'}
        description="Tick the events this channel gets. Saving publishes one route for this channel, which the editor can open."
        actions={
          <Breadcrumbs>
            <Anchor component={Link} to="/channels" size="sm">Channels</Anchor>
            <Text size="sm">{channelName ?? channelId}</Text>
          </Breadcrumbs>
        }
      />
      {content}
    </>
  );
}
