import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { SilenceMatcher } from '@signalbox/route-model';
import { ApiError } from '../../api/http.js';
import { MatcherRows } from './MatcherRows.js';
import { SilencePreviewList } from './SilencePreviewList.js';
import { useSilenceMutations } from './silencesApi.js';

const DURATIONS = [
  { value: '3600000', label: '1 hour' }, { value: '7200000', label: '2 hours' }, { value: '14400000', label: '4 hours' },
  { value: '86400000', label: '1 day' }, { value: '604800000', label: '1 week' },
];

/** A new silence: matcher rows, start (now unless set), duration, who and why, with a live preview. */
export function CreateSilenceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { create } = useSilenceMutations();
  const [matchers, setMatchers] = useState<SilenceMatcher[]>([{ name: 'type', op: '=', value: '' }]);
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState('7200000');
  const [createdBy, setCreatedBy] = useState('');
  const [comment, setComment] = useState('');
  const issues = create.error instanceof ApiError ? create.error.issues : [];
  const errorFor = (path: string) => issues.find((i) => i.path === path)?.message;
  const start = startsAt ? new Date(startsAt) : undefined;
  const endsAt = new Date((start?.getTime() ?? Date.now()) + Number(duration));

  const submit = () =>
    create.mutate(
      { matchers, endsAt: endsAt.toISOString(), createdBy, comment, ...(start ? { startsAt: start.toISOString() } : {}) },
      { onSuccess: () => { onClose(); setMatchers([{ name: 'type', op: '=', value: '' }]); setComment(''); setStartsAt(''); } },
    );

  return (
    <Modal opened={opened} onClose={onClose} title="New silence" size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          Events matching every matcher are recorded as silenced and not sent until the silence ends. <code>=~</code> and <code>!~</code> take a regex that must match the whole value.
        </Text>
        <MatcherRows matchers={matchers} onChange={setMatchers} errorFor={errorFor} />
        {errorFor('matchers') && <Text size="sm" c="red">{errorFor('matchers')}</Text>}
        <Group grow>
          <TextInput type="datetime-local" label="Starts" description="Empty: now" value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} error={errorFor('startsAt')} />
          <Select label="Duration" data={DURATIONS} value={duration} onChange={(v) => v && setDuration(v)} allowDeselect={false}
            description={`Ends ${endsAt.toLocaleString()}`} error={errorFor('endsAt')} />
        </Group>
        <TextInput label="Created by" value={createdBy} onChange={(e) => setCreatedBy(e.currentTarget.value)} error={errorFor('createdBy')} />
        <Textarea label="Comment" placeholder="Why: maintenance window, known incident…" value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={errorFor('comment')} />
        <SilencePreviewList matchers={matchers} />
        {create.isError && issues.length === 0 && <Alert color="red" title="Could not create the silence">{create.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={submit} loading={create.isPending}>Create silence</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
