import { Group, SegmentedControl, Select } from '@mantine/core';
import { useChannels } from '../../api/channels.js';
import { DELIVERY_ERROR_CLASSES, DELIVERY_STATUSES, type DeliveryFilters } from '../../api/deliveries.js';
import { useRoutes } from '../../api/routes.js';
import { BulkResendButton } from './BulkResendButton.js';
import { TIME_WINDOWS } from '../../shared/useUrlFilters.js';

export function DeliveryFiltersBar({ filters, window, set }: { filters: DeliveryFilters; window: string; set: (key: string, value: string | null) => void }) {
  const routes = useRoutes();
  const channels = useChannels();
  return (
    <Group px="lg" py="sm" gap="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <SegmentedControl size="xs" aria-label="Status" value={filters.status ?? 'all'} onChange={(v) => set('status', v === 'all' ? null : v)}
        data={[{ value: 'all', label: 'All' }, ...DELIVERY_STATUSES.map((s) => ({ value: s, label: s }))]} />
      <Select size="xs" w={200} placeholder="All routes" aria-label="Route" clearable searchable value={filters.routeId ?? null} onChange={(v) => set('routeId', v)}
        data={(routes.data ?? []).map((r) => ({ value: r.id, label: r.name }))} />
      <Select size="xs" w={180} placeholder="All channels" aria-label="Channel" clearable searchable value={filters.channelId ?? null} onChange={(v) => set('channelId', v)}
        data={(channels.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
      <Select size="xs" w={140} aria-label="Time" value={window} onChange={(v) => set('window', v)} allowDeselect={false}
        data={TIME_WINDOWS.map(({ value, label }) => ({ value, label }))} />
      {filters.status === 'failed' && (
        <>
          <Select size="xs" w={150} placeholder="Any error" aria-label="Error class" clearable value={filters.errorClass ?? null} onChange={(v) => set('errorClass', v)}
            data={DELIVERY_ERROR_CLASSES.map((c) => ({ value: c, label: c.replace(/_/g, ' ') }))} />
          <BulkResendButton filters={filters} />
        </>
      )}
    </Group>
  );
}
