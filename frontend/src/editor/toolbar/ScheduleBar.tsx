import { Badge, Button, Group, Text } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay, IconBolt } from '@tabler/icons-react';
import type { Route } from '../../api/routes.js';
import { useRouteSchedule, useRouteScheduleActions } from '../../api/routeSchedule.js';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** For a live route on a schedule: its state, next and last run, and Pause / Resume / Run now. */
export function ScheduleBar({ route }: { route: Route }) {
  const live = `${route.status}:${route.publishedVersion ?? 0}`;
  const schedule = useRouteSchedule(route.id, live, route.status === 'published');
  const actions = useRouteScheduleActions(route.id, live);
  const view = schedule.data;
  if (!view || view.state === 'none' || !view.schedule) return null;
  const busy = actions.pause.isPending || actions.resume.isPending || actions.run.isPending;
  const error = actions.pause.error ?? actions.resume.error ?? actions.run.error;
  const last = view.recentRuns[0];
  return (
    <Group px="md" py={6} gap="sm" data-testid="schedule-bar" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Badge color={view.state === 'paused' ? 'yellow' : 'green'} variant="light" radius="sm">schedule {view.state}</Badge>
      <Text size="xs" ff="monospace">{view.schedule.cron} ({view.schedule.timeZone})</Text>
      <Text size="xs" c="dimmed">{view.nextRuns[0] ? `next ${when(view.nextRuns[0])}` : 'no run until resumed'}</Text>
      <Text size="xs" c="dimmed" data-testid="schedule-runs">{view.runsTaken} run{view.runsTaken === 1 ? '' : 's'}{last ? `, last ${when(last.startedAt)}` : ''}</Text>
      {error && <Text size="xs" c="red">{error.message}</Text>}
      <Group gap={6} ml="auto">
        {view.state === 'paused'
          ? <Button size="compact-xs" variant="default" leftSection={<IconPlayerPlay size={12} />} disabled={busy} onClick={() => actions.resume.mutate()}>Resume</Button>
          : <Button size="compact-xs" variant="default" leftSection={<IconPlayerPause size={12} />} disabled={busy} onClick={() => actions.pause.mutate()}>Pause</Button>}
        <Button size="compact-xs" variant="light" leftSection={<IconBolt size={12} />} disabled={busy} onClick={() => actions.run.mutate()} title="Send a summary of the window so far now">Run now</Button>
      </Group>
    </Group>
  );
}
