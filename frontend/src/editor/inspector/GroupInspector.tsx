import { NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { RouteNode } from '@signalbox/route-model';

type Config = Extract<RouteNode, { type: 'group' }>['config'];

/** Alertmanager's route options, with its names in the descriptions for people who know them. */
export function GroupInspector({ config, onChange }: { config: Config; onChange: (c: Config) => void }) {
  const set = (patch: Partial<Config>) => onChange({ ...config, ...patch });
  const seconds = (v: string | number, min: number) => Math.max(min, Math.floor(Number(v) || min));
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        Events with the same key become one message: the first after the group wait, then an update when the group
        changes, a reminder when it stays the same, and one resolution when everything has recovered. Templates after
        this node see <code>{'{{group.count}}'}</code>, <code>{'{{#each group.firing}}'}</code>, <code>{'{{group.common.source}}'}</code>.
      </Text>
      <TextInput
        size="xs"
        label="Group by"
        description="group_by: Handlebars; events with the same key are grouped, e.g. {{source}}/{{data.service}}"
        value={config.groupBy}
        onChange={(e) => set({ groupBy: e.currentTarget.value })}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <NumberInput size="xs" label="Group wait" description="group_wait: collect this long before the first message" min={0} suffix=" s"
        value={config.groupWaitSeconds} onChange={(v) => set({ groupWaitSeconds: seconds(v, 0) })} />
      <NumberInput size="xs" label="Group interval" description="group_interval: at most one update this often, only if the group changed" min={1} suffix=" s"
        value={config.groupIntervalSeconds} onChange={(v) => set({ groupIntervalSeconds: seconds(v, 1) })} />
      <NumberInput size="xs" label="Repeat interval" description="repeat_interval: remind about an unchanged group this often" min={1} suffix=" s"
        value={config.repeatIntervalSeconds} onChange={(v) => set({ repeatIntervalSeconds: seconds(v, 1) })} />
      <Switch size="xs" label="Send resolved (one message when the group has recovered)" checked={config.sendResolved}
        onChange={(e) => set({ sendResolved: e.currentTarget.checked })} />
    </Stack>
  );
}
