import { MultiSelect } from '@mantine/core';
import { useMuteTimings } from '../../pages/silences/silencesApi.js';

/** Picks mute timings by name; an empty choice is `undefined`, so the node's config stays without the key. */
export function MuteTimingsPicker({ value, onChange, description }: { value: string[] | undefined; onChange: (ids: string[] | undefined) => void; description: string }) {
  const timings = useMuteTimings();
  return (
    <MultiSelect
      size="xs"
      label="Mute timings"
      description={description}
      placeholder={value?.length ? undefined : 'None'}
      data={(timings.data ?? []).map((t) => ({ value: t.id, label: `${t.name} (${t.timeZone})` }))}
      value={value ?? []}
      onChange={(ids) => onChange(ids.length ? ids : undefined)}
    />
  );
}

/** `config` with `muteTimingIds` set, or removed when there are none. */
export function withMuteTimings<C extends { muteTimingIds?: string[] }>(config: C, ids: string[] | undefined): C {
  const { muteTimingIds: _drop, ...rest } = config;
  return (ids ? { ...rest, muteTimingIds: ids } : rest) as C;
}
