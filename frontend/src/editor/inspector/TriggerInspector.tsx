import { SegmentedControl, Stack, TagsInput, Text } from '@mantine/core';
import { SCHEDULE_EXAMPLES, type RouteNode } from '@signalbox/route-model';
import { useEventTypes } from '../../api/eventTypes.js';
import { eventTypeOptions } from '../../shared/eventTypeOptions.js';
import { MuteTimingsPicker, withMuteTimings } from './MuteTimingsPicker.js';
import { ScheduleFields } from './ScheduleFields.js';

type Config = Extract<RouteNode, { type: 'trigger' }>['config'];

/** A trigger starts the route on events (by type) or on a schedule (cron + time zone, with a summary of the window). */
export function TriggerInspector({ config, onChange }: { config: Config; onChange: (c: Config) => void }) {
  const catalogue = useEventTypes();
  const { schedule, sources, muteTimingIds, ...rest } = config;
  // Each control rebuilds the part it owns; the route's sources and mute timings are carried through every change.
  const withSources = (next: Omit<Config, 'sources' | 'muteTimingIds'>, list = sources ?? []): Config =>
    withMuteTimings<Config>(list.length ? { ...next, sources: list } : next, muteTimingIds);
  const switchMode = (mode: string) =>
    onChange(mode === 'schedule'
      ? withSources({ eventTypes: [], schedule: SCHEDULE_EXAMPLES.nestaiDaily.schedule })
      : withSources({ eventTypes: ['*'] }));
  return (
    <Stack gap="sm">
      <SegmentedControl
        size="xs"
        aria-label="Start this route"
        value={schedule ? 'schedule' : 'events'}
        onChange={switchMode}
        data={[{ value: 'events', label: 'On events' }, { value: 'schedule', label: 'On a schedule' }]}
      />
      {schedule ? (
        <ScheduleFields schedule={schedule} onChange={(next) => onChange(withSources({ ...rest, eventTypes: [], schedule: next }))} />
      ) : (
        <>
          <TagsInput
            size="xs"
            label="Event types"
            description='Pick from the catalogue or type your own; "deploy.*" matches a family, "*" everything'
            data={eventTypeOptions(catalogue.data ?? [])}
            value={config.eventTypes}
            onChange={(eventTypes) => onChange(withSources({ eventTypes }))}
            placeholder="Add an event type"
            maxDropdownHeight={300}
            clearable
          />
          {catalogue.isError && <Text size="xs" c="red">The event catalogue did not load ({catalogue.error.message}); you can still type types.</Text>}
        </>
      )}
      <TagsInput
        size="xs"
        label="Sources (optional)"
        description={schedule ? 'Summarise only events from these sources; empty means every source' : 'Only events from these sources; empty means any source'}
        value={sources ?? []}
        onChange={(list) => onChange(withSources(schedule ? { eventTypes: [], schedule } : { eventTypes: config.eventTypes }, list))}
        placeholder="e.g. billing-service"
      />
      <MuteTimingsPicker
        description="Inside any of these weekly windows every send of this route is recorded as muted, not sent"
        value={muteTimingIds}
        onChange={(ids) => onChange(withMuteTimings(config, ids))}
      />
    </Stack>
  );
}
