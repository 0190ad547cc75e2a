import { Alert, Anchor, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconCheck, IconRoute } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { SubscriptionGroup } from './SubscriptionGroup.js';
import { useSaveSubscriptions, type Subscriptions } from './subscriptionsApi.js';

const SEVERITY_OPTIONS = [
  { value: '', label: 'Any severity' },
  { value: 'info', label: 'Info and above' },
  { value: 'warning', label: 'Warning and above' },
  { value: 'high', label: 'High and above' },
  { value: 'critical', label: 'Critical only' },
];

type Severity = NonNullable<Subscriptions['minSeverity']>;

const tickedOf = (subs: Subscriptions) => new Set(subs.groups.flatMap((g) => g.types.filter((t) => t.subscribed).map((t) => t.type)));

export function SubscriptionsForm({ channelId, initial }: { channelId: string; initial: Subscriptions }) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => tickedOf(initial));
  const [minSeverity, setMinSeverity] = useState<string>(initial.minSeverity ?? '');
  const save = useSaveSubscriptions(channelId);
  const current = save.data ?? initial;

  function change(types: string[], subscribed: boolean) {
    save.reset();
    setTicked((before) => {
      const next = new Set(before);
      for (const type of types) {
        if (subscribed) next.add(type);
        else next.delete(type);
      }
      return next;
    });
  }

  return (
    <Stack p="lg" gap="md" maw={1100}>
      {!current.saved && (
        <Text size="sm" c="dimmed">Not saved yet: the ticks are each product&apos;s defaults for a new endpoint. Nothing reaches this channel until you save.</Text>
      )}
      {current.groups.map((group) => <SubscriptionGroup key={group.system} group={group} ticked={ticked} onChange={change} />)}
      <Paper withBorder radius="md" px="md" py="sm" pos="sticky" bottom={0} shadow="sm" style={{ zIndex: 2 }}>
        <Group justify="space-between" align="flex-end">
          <Select
            label="Severity at least"
            description="Lower severities are not sent here"
            data={SEVERITY_OPTIONS}
            value={minSeverity}
            onChange={(value) => { save.reset(); setMinSeverity(value ?? ''); }}
            allowDeselect={false}
            w={240}
          />
          <Group gap="md">
            {save.isSuccess && (
              <Text role="status" size="sm" c="teal.9" fw={500} display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
                <IconCheck size={16} />
                {current.routeStatus === 'published' ? 'Saved and live.' : 'Saved: nothing is subscribed, so the generated route is off.'}
              </Text>
            )}
            {current.routeId && (
              <Anchor component={Link} to={`/routes/${current.routeId}`} size="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
                <IconRoute size={14} /> Open the generated route
              </Anchor>
            )}
            <Text size="sm" c="dimmed">{ticked.size} event type{ticked.size === 1 ? '' : 's'} selected</Text>
            <Button loading={save.isPending} onClick={() => save.mutate({ eventTypes: [...ticked], minSeverity: (minSeverity || null) as Severity | null })}>
              Save subscriptions
            </Button>
          </Group>
        </Group>
        {save.isError && <Alert color="red" mt="sm" role="alert">{save.error.message}</Alert>}
      </Paper>
    </Stack>
  );
}
