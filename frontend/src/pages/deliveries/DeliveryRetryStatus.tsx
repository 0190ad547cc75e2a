import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerStop } from '@tabler/icons-react';
import { useCancelDelivery, type DeliveryDetail } from '../../api/deliveries.js';
import { formatDateTime } from '../../shared/formatTime.js';

/** "Attempt N of M, next at …" for a retrying delivery, the hold reason for a held one, and Cancel retry. */
export function DeliveryRetryStatus({ delivery: d }: { delivery: DeliveryDetail }) {
  const cancel = useCancelDelivery();
  if (d.status !== 'retrying' && d.status !== 'held') return null;
  const attemptLine = d.status === 'retrying'
    ? `Attempt ${d.attempts} of ${d.maxAttempts ?? '?'} failed${d.nextAttemptAt ? `; next at ${formatDateTime(d.nextAttemptAt)}` : ''}`
    : (d.lastError ?? 'Held until the channel resumes');
  return (
    <Alert color={d.status === 'held' ? 'yellow' : 'orange'} p="xs" data-testid="retry-status">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{attemptLine}</Text>
        {d.cancellable && (
          <Button
            size="xs" variant="light" color="red" leftSection={<IconPlayerStop size={14} />} loading={cancel.isPending}
            onClick={() =>
              cancel.mutate(d.id, {
                onSuccess: () => notifications.show({ color: 'gray', title: 'Retry cancelled', message: 'The delivery ends failed with that reason.' }),
                onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel', message: error.message }),
              })
            }
          >
            Cancel retry
          </Button>
        )}
      </Group>
    </Alert>
  );
}
