import { Alert, Button, Divider, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useChannels } from '../../api/channels.js';
import { useRoutes } from '../../api/routes.js';
import { canResend, RESEND_AVAILABLE, resentFrom, useDelivery, useResendDelivery } from '../../api/deliveries.js';
import { MessagePreview } from '../../editor/preview/MessagePreview.js';
import { styleForPlugin } from '../../editor/preview/previewStyles.js';
import { formatDateTime } from '../../shared/formatTime.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import { AttemptTimeline } from './AttemptTimeline.js';
import { DeliveryRetryStatus } from './DeliveryRetryStatus.js';

export function DeliveryDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const delivery = useDelivery(id);
  const channels = useChannels();
  const routes = useRoutes();
  const resend = useResendDelivery();
  const d = delivery.data;
  const channel = channels.data?.find((c) => c.id === d?.channelId);
  return (
    <Drawer opened={!!id} onClose={onClose} position="right" size={520} title={d ? <Group gap={8}><Text fw={600}>Delivery</Text><StatusBadge status={d.status} /></Group> : 'Delivery'}>
      {delivery.isPending && <Loader size="sm" />}
      {delivery.isError && <Alert color="red">{delivery.error.message}</Alert>}
      {d && (
        <Stack gap="sm">
          <Text size="xs" c="dimmed" ff="monospace">{d.id}</Text>
          <Group gap="lg">
            <div><Text size="xs" c="dimmed">Event</Text><Text size="sm" ff="monospace" component={Link} to={`/events/${encodeURIComponent(d.eventId)}`} c="indigo" title="What happened to this event, and why">{d.message?.event.type ?? d.eventId}</Text></div>
            <div><Text size="xs" c="dimmed">Route</Text><Text size="sm" component={Link} to={`/routes/${d.routeId}`} c="indigo">{routes.data?.find((r) => r.id === d.routeId)?.name ?? d.routeId}</Text></div>
            <div><Text size="xs" c="dimmed">Channel</Text><Text size="sm">{channel?.name ?? d.channelId}</Text></div>
            <div><Text size="xs" c="dimmed">Created</Text><Text size="sm">{formatDateTime(d.createdAt)}</Text></div>
          </Group>
          <DeliveryRetryStatus delivery={d} />
          {resentFrom(d.nodeId) && <Text size="xs" c="dimmed">A manual resend of send node “{resentFrom(d.nodeId)}”, with its own idempotency key.</Text>}
          {RESEND_AVAILABLE && canResend(d.status) && (
            <Button
              size="xs" variant="light" leftSection={<IconRefresh size={14} />} loading={resend.isPending} w="fit-content"
              onClick={() =>
                // Short keys: the key names the new delivery (send-1#resend-8cb0543f); 8 hex chars per click cannot realistically collide.
                resend.mutate({ id: d.id, idempotencyKey: crypto.randomUUID().slice(0, 8) }, {
                  onSuccess: (accepted) => notifications.show({ color: 'green', title: 'Resend started', message: `It appears in the log as ${accepted.nodeId}.` }),
                  onError: (error) => notifications.show({ color: 'red', title: 'Resend refused', message: error.message }),
                })
              }
            >
              Resend
            </Button>
          )}
          <Divider label="Attempts" labelPosition="left" />
          <AttemptTimeline attempts={d.attemptList} />
          <Divider label="Rendered message" labelPosition="left" />
          {d.message ? <MessagePreview message={d.message} style={styleForPlugin(channel?.pluginId)} /> : <Text size="xs" c="dimmed">Not rendered (the delivery did not get that far).</Text>}
        </Stack>
      )}
    </Drawer>
  );
}
