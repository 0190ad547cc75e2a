import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import type { EventFilters } from '../../api/events.js';
import { useReplay } from '../../api/operations.js';

/** Replays the feed's current filter (newest 50) through the current published routes; one key per dialog. */
export function ReplayEventsButton({ filters }: { filters: EventFilters }) {
  const [key, setKey] = useState<string | null>(null);
  const { many } = useReplay();
  const run = () =>
    many.mutate({ filters: { ...filters, limit: 50 }, key: key! }, {
      onSuccess: (op) => {
        setKey(null);
        const n = op.result?.replays.length ?? 0;
        notifications.show({ color: 'green', title: `Replaying ${n} event${n === 1 ? '' : 's'}`, message: 'Each replay is a new event, linked to its original.' });
      },
      onError: (error) => notifications.show({ color: 'red', title: 'Replay refused', message: error.message }),
    });
  return (
    <>
      <Button size="xs" variant="light" leftSection={<IconPlayerPlay size={14} />} onClick={() => setKey(crypto.randomUUID())}>Replay these</Button>
      <Modal opened={key !== null} onClose={() => setKey(null)} title="Replay the events shown?">
        <Stack gap="sm">
          <Text size="sm">The newest 50 events matching these filters run again through the routes as published now. Each becomes a new event with its own deliveries.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setKey(null)}>Cancel</Button>
            <Button loading={many.isPending} onClick={run}>Replay</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
