import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useReplay } from '../../api/operations.js';

/** Runs this event again through the routes as published NOW, as a new event linked to this one. */
export function ReplayEventButton({ eventId }: { eventId: string }) {
  const { one } = useReplay();
  const navigate = useNavigate();
  const replay = () =>
    // One key per click: a retried request replays once.
    one.mutate({ id: eventId, key: crypto.randomUUID() }, {
      onSuccess: (op) => {
        const replayId = op.result?.replays[0]?.replayId;
        notifications.show({ color: 'green', title: 'Replay started', message: 'The replay is a new event with its own outcome and deliveries.' });
        if (replayId) void navigate(`/events/${encodeURIComponent(replayId)}`);
      },
      onError: (error) => notifications.show({ color: 'red', title: 'Replay refused', message: error.message }),
    });
  return (
    <Button size="xs" variant="light" leftSection={<IconPlayerPlay size={14} />} loading={one.isPending} onClick={replay}>
      Replay
    </Button>
  );
}
