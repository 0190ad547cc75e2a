import { Button, Code, Group, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconBellOff, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatMatcher } from '@signalbox/route-model';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { formatDateTime } from '../../shared/formatTime.js';
import { PageHeader } from '../../shared/PageHeader.js';
import { PageLoader } from '../../shared/PageLoader.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import { CreateSilenceModal } from './CreateSilenceModal.js';
import { MuteTimingsSection } from './MuteTimingsSection.js';
import { useSilenceMutations, useSilences, type Silence } from './silencesApi.js';

const HOUR = 3_600_000;

export function SilencesPage() {
  const silences = useSilences();
  const [creating, setCreating] = useState(false);
  const newButton = <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>New silence</Button>;

  let content;
  if (silences.isPending) content = <PageLoader label="Loading silences" />;
  else if (silences.isError) content = <ErrorState error={silences.error} onRetry={() => void silences.refetch()} title="Could not load silences" />;
  else if (silences.data.length === 0)
    content = (
      <EmptyState icon={<IconBellOff size={24} />} title="No silences" action={newButton}>
        A silence stops sends for matching events for a while (a maintenance window, a known incident); they are recorded as silenced.
      </EmptyState>
    );
  else
    content = (
      <Paper withBorder m="lg">
        <ScrollArea>
          <Table>
            <Table.Thead>
              <Table.Tr><Table.Th>State</Table.Th><Table.Th>Matchers</Table.Th><Table.Th>Starts</Table.Th><Table.Th>Ends</Table.Th><Table.Th>By / why</Table.Th><Table.Th /></Table.Tr>
            </Table.Thead>
            <Table.Tbody>{silences.data.map((s) => <SilenceRow key={s.id} silence={s} />)}</Table.Tbody>
          </Table>
        </ScrollArea>
      </Paper>
    );

  return (
    <>
      <PageHeader title="Silences" description="Matching events are recorded as silenced and not sent while a silence is active." actions={silences.data?.length ? newButton : null} />
      {content}
      <MuteTimingsSection />
      <CreateSilenceModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function SilenceRow({ silence: s }: { silence: Silence }) {
  const { extend, expire } = useSilenceMutations();
  const over = s.state === 'expired';
  // Extending adds an hour to whichever is later: the current end or now.
  const extendedEnd = () => new Date(Math.max(Date.parse(s.endsAt), Date.now()) + HOUR).toISOString();
  return (
    <Table.Tr data-testid={`silence-${s.id}`}>
      <Table.Td><StatusBadge status={s.state} /></Table.Td>
      <Table.Td><Stack gap={2}>{s.matchers.map((m, i) => <Code key={i}>{formatMatcher(m)}</Code>)}</Stack></Table.Td>
      <Table.Td><Text size="sm">{formatDateTime(s.startsAt)}</Text></Table.Td>
      <Table.Td><Text size="sm">{formatDateTime(s.endsAt)}</Text></Table.Td>
      <Table.Td><Text size="sm">{s.createdBy}</Text><Text size="xs" c="dimmed">{s.comment}</Text></Table.Td>
      <Table.Td>
        {!over && (
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="default" loading={extend.isPending} onClick={() => extend.mutate({ id: s.id, endsAt: extendedEnd() })}>Extend 1 h</Button>
            <Button size="xs" color="red" variant="light" loading={expire.isPending} onClick={() => expire.mutate(s.id)}>Expire</Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
