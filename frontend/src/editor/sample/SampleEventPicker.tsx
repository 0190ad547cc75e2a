import { Select } from '@mantine/core';
import { sampleGroups, choiceValue, eventLabel, parseChoice } from './sampleOptions.js';
import { useChosenEvent, useRecentEvents } from './useRecentEvents.js';
import { useMatchingCatalogue, useSampleEvent } from './useSampleEvent.js';
import { useSampleChoice, useSampleStore } from './useSampleStore.js';

/**
 * Picks the event that previews and field pickers use: a recent real event of the trigger's types, or a catalogue
 * sample (matching ones first). The choice is remembered per route.
 */
export function SampleEventPicker({ label = 'Sample event' }: { label?: string }) {
  const { all, matching, patterns, isPending } = useMatchingCatalogue();
  const recent = useRecentEvents(patterns, all.map((e) => e.type));
  const sample = useSampleEvent();
  const pasted = useSampleStore((s) => s.pasted);
  const { choice, choose } = useSampleChoice();
  // A remembered event that has left the recent list is still offered, so the field shows what is chosen.
  const chosenEvent = useChosenEvent(choice?.kind === 'event' ? choice.id : null).data;
  const extra = choice?.kind === 'event' && chosenEvent
    ? { value: choiceValue(choice), label: eventLabel({ ...chosenEvent, subject: chosenEvent.subject ?? null, receivedAt: chosenEvent.timestamp }) }
    : undefined;
  const data = sampleGroups(recent.events, all, matching, extra);
  const current = choice ? choiceValue(choice) : sample ? choiceValue({ kind: 'sample', id: sample.id }) : null;
  return (
    <Select
      label={label}
      size="xs"
      searchable
      data={data}
      value={pasted ? null : current}
      placeholder={pasted ? 'Pasted JSON event' : isPending ? 'Loading catalogue…' : 'Choose an event'}
      onChange={(value) => choose(parseChoice(value))}
      nothingFoundMessage="No such event type"
      maxDropdownHeight={320}
    />
  );
}
