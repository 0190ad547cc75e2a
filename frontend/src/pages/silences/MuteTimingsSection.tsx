import { ActionIcon, Alert, Button, Group, MultiSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { WEEKDAYS } from '@signalbox/route-model';
import { ApiError } from '../../api/http.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import { useMuteTimingMutations, useMuteTimings, type MuteTiming } from './silencesApi.js';

const describeTiming = (t: MuteTiming) =>
  t.intervals
    .map((i) => `${i.weekdays?.length ? i.weekdays.join(', ') : 'every day'} ${i.times?.length ? i.times.map((r) => `${r.startTime}–${r.endTime}`).join(', ') : 'all day'}`)
    .join('; ');

/** Weekly windows in a time zone; a send node lists the ones that mute it (Mute timings in its inspector or muteTimingIds). */
export function MuteTimingsSection() {
  const timings = useMuteTimings();
  const { create, remove } = useMuteTimingMutations();
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [weekdays, setWeekdays] = useState<string[]>([]);
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const issues = create.error instanceof ApiError ? create.error.issues : [];
  const errorFor = (path: string) => issues.find((i) => i.path === path)?.message;
  const submit = () =>
    create.mutate(
      { name, timeZone, intervals: [{ ...(weekdays.length ? { weekdays } : {}), ...(startTime || endTime ? { times: [{ startTime, endTime }] } : {}) }] },
      { onSuccess: () => { setName(''); setWeekdays([]); setStartTime(''); setEndTime(''); } },
    );

  return (
    <Paper withBorder m="lg" p="md">
      <Stack>
        <div>
          <Title order={4}>Mute timings</Title>
          <Text size="sm" c="dimmed">Recurring weekly windows in a time zone. A send node that names one is muted inside it: recorded as muted, not sent.</Text>
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
          <Button onClick={submit} loading={create.isPending}>Add mute timing</Button>
        </Group>
        {create.isError && issues.length === 0 && <Alert color="red">{create.error.message}</Alert>}
      </Stack>
    </Paper>
  );
}
