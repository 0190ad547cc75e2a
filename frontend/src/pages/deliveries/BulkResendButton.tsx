import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import type { DeliveryFilters } from '../../api/deliveries.js';
import { useBulkResend, type BulkResendFilter } from '../../api/operations.js';

/**
 * "Resend all failed" for the Failed tab's current filter: dead letters (failed sends not delivered since)
 * go again through the normal resend. One key per dialog, so a double click or a retry sends once.
 */
export function BulkResendButton({ filters }: { filters: DeliveryFilters }) {
  const [key, setKey] = useState<string | null>(null);
  const bulk = useBulkResend();
  const run = () =>
    bulk.mutate(
      { filter: { channelId: filters.channelId, routeId: filters.routeId, errorClass: filters.errorClass as BulkResendFilter['errorClass'], since: filters.since, until: filters.until }, key: key! },
      {
        onSuccess: (op) => {
          setKey(null);
          const started = op.result?.started.length ?? 0;
          const skipped = op.result?.skipped.length ?? 0;
          notifications.show({ color: 'green', title: `Resending ${started} failed deliver${started === 1 ? 'y' : 'ies'}`, message: skipped ? `${skipped} could not be resent.` : 'They appear in the log as resends.' });
        },
        onError: (error) => notifications.show({ color: 'red', title: 'Bulk resend refused', message: error.message }),
      },
    );
  return (
    <>
      <Button size="xs" variant="light" color="orange" leftSection={<IconRepeat size={14} />} onClick={() => setKey(crypto.randomUUID())}>Resend all failed</Button>
      <Modal opened={key !== null} onClose={() => setKey(null)} title="Resend failed deliveries?">
        <Stack gap="sm">
          <Text size="sm">Every failed send matching the filters above that was not delivered since is sent once more (up to 100, newest first), as a new delivery.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setKey(null)}>Cancel</Button>
            <Button color="orange" loading={bulk.isPending} onClick={run}>Resend</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
