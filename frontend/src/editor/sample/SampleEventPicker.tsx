import { Select } from '@mantine/core';
import { useMatchingCatalogue, useSampleEvent } from './useSampleEvent.js';
import { useSampleStore } from './useSampleStore.js';

/** Picks the sample event (from the catalogue; matching ones first) that previews and field pickers use. */
export function SampleEventPicker({ label = 'Sample event' }: { label?: string }) {
  const { all, matching, isPending } = useMatchingCatalogue();
  const sample = useSampleEvent();
  const { pasted, catalogueIndex, chooseCatalogue } = useSampleStore();
  const matchingSet = new Set(matching);
  // Values are catalogue indexes: one system documents two different "alert" payloads.
  const option = (index: number) => ({ value: String(index), label: `${all[index]!.type} · ${all[index]!.system}${all[index]!.description ? ` — ${all[index]!.description}` : ''}` });
  const indexes = all.map((_, i) => i);
  const data = [
    { group: 'Matches this route', items: indexes.filter((i) => matchingSet.has(all[i]!)).map(option) },
    { group: 'Other events', items: indexes.filter((i) => !matchingSet.has(all[i]!)).map(option) },
  ].filter((g) => g.items.length);
  const current = catalogueIndex ?? (sample ? all.findIndex((e) => e.sample === sample) : -1);
  return (
    <Select
      label={label}
      size="xs"
      searchable
      data={data}
      value={pasted || current < 0 ? null : String(current)}
      placeholder={pasted ? 'Pasted JSON event' : isPending ? 'Loading catalogue…' : 'Choose an event'}
      onChange={(value) => chooseCatalogue(value === null ? null : Number(value))}
      nothingFoundMessage="No such event type"
      maxDropdownHeight={320}
    />
  );
}
