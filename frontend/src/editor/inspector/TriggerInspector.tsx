import { Stack, TagsInput, Text } from '@mantine/core';
import type { RouteNode } from '@signalbox/route-model';
import { useEventTypes } from '../../api/eventTypes.js';
import { eventTypeOptions } from '../../shared/eventTypeOptions.js';

type Config = Extract<RouteNode, { type: 'trigger' }>['config'];

export function TriggerInspector({ config, onChange }: { config: Config; onChange: (c: Config) => void }) {
  const catalogue = useEventTypes();
  return (
    <Stack gap="sm">
      <TagsInput
        size="xs"
        label="Event types"
        description='Pick from the catalogue or type your own; "deploy.*" matches a family, "*" everything'
        data={eventTypeOptions(catalogue.data ?? [])}
        value={config.eventTypes}
        onChange={(eventTypes) => onChange({ ...config, eventTypes })}
        placeholder="Add an event type"
        maxDropdownHeight={300}
        clearable
      />
      {catalogue.isError && <Text size="xs" c="red">The event catalogue did not load ({catalogue.error.message}); you can still type types.</Text>}
      <TagsInput
        size="xs"
        label="Sources (optional)"
        description="Only events from these sources; empty means any source"
        value={config.sources ?? []}
        onChange={(sources) => onChange(sources.length ? { ...config, sources } : { eventTypes: config.eventTypes })}
        placeholder="e.g. billing-service"
      />
    </Stack>
  );
}
