import { ActionIcon, Alert, Button, Group, MultiSelect, Paper, Stack, Table, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { MONTHS, WEEKDAYS, type WeeklyInterval } from '@signalbox/route-model';
import { ApiError } from '../../api/http.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import { useMuteTimingMutations, useMuteTimings, type MuteTiming } from './silencesApi.js';

const describeInterval = (i: WeeklyInterval) =>
  [
    i.years?.length ? `in ${i.years.join(', ')}` : '',
    i.months?.length ? `${i.months.join(', ')}` : '',
    i.daysOfMonth?.length ? `day ${i.daysOfMonth.join(', ')}` : '',
    i.weekdays?.length ? i.weekdays.join(', ') : i.daysOfMonth?.length ? '' : 'every day',
    i.times?.length ? i.times.map((r) => `${r.startTime}–${r.endTime}`).join(', ') : 'all day',
  ].filter(Boolean).join(' ');
const describeTiming = (t: MuteTiming) => t.intervals.map(describeInterval).join('; ');
/** `{ key: list }` when the list has entries: an absent field means "always" to the API. */
const given = <K extends string>(key: K, list: string[]) => (list.length ? { [key]: list } : {}) as Partial<Record<K, string[]>>;

/** Recurring windows in a time zone; a send node (or a route's trigger) lists the ones that mute it (Mute timings in its inspector). */
export function MuteTimingsSection() {
  const timings = useMuteTimings();
  const { create, remove } = useMuteTimingMutations();
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [weekdays, setWeekdays] = useState<string[]>([]);
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [daysOfMonth, setDaysOfMonth] = useState<string[]>([]);
  const [months, setMonths] = useState<string[]>([]);
  const [years, setYears] = useState<string[]>([]);
  const issues = create.error instanceof ApiError ? create.error.issues : [];
  const errorFor = (path: string) => issues.find((i) => i.path === path)?.message;
  // A list field's first bad entry, e.g. intervals[0].daysOfMonth[1].
  const listErrorFor = (field: string) => issues.find((i) => i.path.startsWith(`intervals[0].${field}[`))?.message;
  const submit = () =>
    create.mutate(
      {
        name, timeZone,
        intervals: [{
          ...given('weekdays', weekdays), ...given('daysOfMonth', daysOfMonth), ...given('months', months), ...given('years', years),
          ...(startTime || endTime ? { times: [{ startTime, endTime }] } : {}),
        }],
      },
      { onSuccess: () => { setName(''); setWeekdays([]); setStartTime(''); setEndTime(''); setDaysOfMonth([]); setMonths([]); setYears([]); } },
    );

  return (
    <Paper withBorder m="lg" p="md">
      <Stack>
        <div>
          <Title order={4}>Mute timings</Title>
          <Text size="sm" c="dimmed">
            Recurring windows in a time zone, as Alertmanager's time intervals: weekdays, times, days of the month, months, years.
            A send node that names one (or every send of a route whose trigger names it) is muted inside it: recorded as muted, not sent.
          </Text>
        </div>
        {(timings.data ?? []).length > 0 && (
          <Table>
            <Table.Tbody>
              {timings.data!.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.name}</Table.Td>
                  <Table.Td><Text size="sm">{describeTiming(t)} ({t.timeZone})</Text></Table.Td>
                  <Table.Td><StatusBadge status={t.mutedNow ? 'muting now' : 'not muting'} /></Table.Td>
                  <Table.Td><Text size="xs" c="dimmed" ff="monospace">{t.id}</Text></Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Delete ${t.name}`} onClick={() => remove.mutate(t.id)}><IconTrash size={16} /></ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group align="flex-end" gap="xs">
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorFor('name')} />
          <TextInput label="Time zone" value={timeZone} onChange={(e) => setTimeZone(e.currentTarget.value)} error={errorFor('timeZone')} />
          <MultiSelect label="Weekdays" placeholder="every day" data={[...WEEKDAYS]} value={weekdays} onChange={setWeekdays} w={260} />
          <TextInput label="From" placeholder="18:00" value={startTime} onChange={(e) => setStartTime(e.currentTarget.value)} error={errorFor('intervals[0].times[0].startTime')} w={90} />
          <TextInput label="Until" placeholder="24:00" value={endTime} onChange={(e) => setEndTime(e.currentTarget.value)} error={errorFor('intervals[0].times[0].endTime')} w={90} />
          <TagsInput label="Days of month" placeholder="every day" description="1, 1:5, or -1 (last day)" value={daysOfMonth} onChange={setDaysOfMonth} error={listErrorFor('daysOfMonth')} w={170} />
          <MultiSelect label="Months" placeholder="every month" data={[...MONTHS]} value={months} onChange={setMonths} w={220} />
          <TagsInput label="Years" placeholder="every year" description="2026 or 2026:2027" value={years} onChange={setYears} error={listErrorFor('years')} w={150} />
          <Button onClick={submit} loading={create.isPending}>Add mute timing</Button>
        </Group>
        {create.isError && issues.length === 0 && <Alert color="red">{create.error.message}</Alert>}
      </Stack>
    </Paper>
  );
}
