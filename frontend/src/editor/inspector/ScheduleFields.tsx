import { Autocomplete, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { nextScheduleRuns, SCHEDULE_EXAMPLES, scheduleProblems, type TriggerSchedule } from '@signalbox/route-model';
import { useMemo } from 'react';

const TIME_ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
})();

const inZone = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(date);

/** Cron + time zone with presets and a preview of the next ticks, read by the same code the server validates with. */
export function ScheduleFields({ schedule, onChange }: { schedule: TriggerSchedule; onChange: (s: TriggerSchedule) => void }) {
  const problems = useMemo(() => scheduleProblems(schedule), [schedule]);
  const next = useMemo(() => (problems.length ? [] : nextScheduleRuns(schedule, 3, new Date())), [schedule, problems]);
  const problemOf = (field: 'cron' | 'timeZone') => problems.find((p) => p.field === field)?.problem;
  return (
    <Stack gap="xs">
      <TextInput
        size="xs"
        label="Cron"
        description="minute hour day-of-month month day-of-week, e.g. 0 8 * * 1 = Mondays 08:00"
        value={schedule.cron}
        onChange={(e) => onChange({ ...schedule, cron: e.currentTarget.value })}
        error={problemOf('cron')}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <Autocomplete
        size="xs"
        label="Time zone"
        data={TIME_ZONES}
        limit={50}
        value={schedule.timeZone}
        onChange={(timeZone) => onChange({ ...schedule, timeZone })}
        error={problemOf('timeZone')}
      />
      <Group gap={6}>
        {Object.values(SCHEDULE_EXAMPLES).map((example) => (
          <Button key={example.name} size="compact-xs" variant="light" title={example.description} onClick={() => onChange(example.schedule)}>
            {example.name}
          </Button>
        ))}
      </Group>
      {next.length > 0 && (
        <div data-testid="schedule-preview">
          <Text size="xs" fw={500}>Next runs</Text>
          <List size="xs">{next.map((date) => <List.Item key={date.toISOString()}>{inZone(date, schedule.timeZone)}</List.Item>)}</List>
          <Text size="xs" c="dimmed">Each run sends a summary of the events since the run before (template field: data.byType, data.total …).</Text>
        </div>
      )}
    </Stack>
  );
}
