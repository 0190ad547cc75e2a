import { NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { RouteNode } from '@signalbox/route-model';

type Config = Extract<RouteNode, { type: 'throttle' }>['config'];

export function ThrottleInspector({ config, onChange }: { config: Config; onChange: (c: Config) => void }) {
  const set = (patch: Partial<Config>) => onChange({ ...config, ...patch });
  return (
    <Stack gap="sm">
      <div>
        <Text size="xs" fw={500} mb={4}>Mode</Text>
        <SegmentedControl
          size="xs"
          fullWidth
          value={config.mode}
          onChange={(mode) => set({ mode: mode as Config['mode'] })}
          data={[{ value: 'rate_limit', label: 'Rate limit' }, { value: 'dedupe', label: 'De-duplicate' }]}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {config.mode === 'rate_limit'
            ? 'Let at most N events per key through in each window; the rest are dropped as throttled.'
            : 'Let the first event per key through; drop repeats of that key until the window has passed.'}
        </Text>
      </div>
      <TextInput
        size="xs"
        label="Key"
        description="Handlebars; events with the same key share the limit, e.g. {{type}}:{{data.host}}"
        value={config.key}
        onChange={(e) => set({ key: e.currentTarget.value })}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      {config.mode === 'rate_limit' && (
        <NumberInput size="xs" label="Limit" description="Events allowed per window" min={1} value={config.limit} onChange={(v) => set({ limit: Number(v) || 1 })} />
      )}
      <NumberInput size="xs" label="Window (seconds)" min={1} value={config.windowSeconds} onChange={(v) => set({ windowSeconds: Number(v) || 1 })} suffix=" s" />
    </Stack>
  );
}
