import { Group, Select, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { EVENT_OUTCOMES, type EventFilters } from '../../api/events.js';
import { TIME_WINDOWS } from '../../shared/useUrlFilters.js';
import { outcomeLabel } from './outcomeLabel.js';

const SEVERITIES = ['critical', 'high', 'warning', 'info'];

/** Text boxes apply after a pause in typing, so the feed is not re-queried per keystroke. */
function DebouncedInput({ label, value, onChange, w }: { label: string; value: string | undefined; onChange: (v: string | null) => void; w: number }) {
  const [text, setText] = useState(value ?? '');
  // The address bar can change under the box (nav link, back button): follow it, so a stale text is not re-applied.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value ?? '');
  }
  useEffect(() => {
    if (text === (value ?? '')) return;
    const timer = setTimeout(() => onChange(text || null), 300);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return <TextInput size="xs" w={w} placeholder={label} aria-label={label} value={text} onChange={(e) => setText(e.currentTarget.value)} />;
}

export function EventFiltersBar({ filters, window, set }: { filters: EventFilters; window: string; set: (key: string, value: string | null) => void }) {
  return (
    <Group px="lg" py="sm" gap="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Select size="xs" w={190} placeholder="Any outcome" aria-label="Outcome" clearable value={filters.outcome ?? null} onChange={(v) => set('outcome', v)}
        data={EVENT_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) }))} />
      <DebouncedInput label="Type" value={filters.type} onChange={(v) => set('type', v)} w={170} />
      <DebouncedInput label="Source" value={filters.source} onChange={(v) => set('source', v)} w={140} />
      <Select size="xs" w={130} placeholder="Any severity" aria-label="Severity" clearable value={filters.severity ?? null} onChange={(v) => set('severity', v)} data={SEVERITIES} />
      <DebouncedInput label="Subject contains" value={filters.q} onChange={(v) => set('q', v)} w={180} />
      <Select size="xs" w={140} aria-label="Time" value={window} onChange={(v) => set('window', v)} allowDeselect={false}
        data={TIME_WINDOWS.map(({ value, label }) => ({ value, label }))} />
    </Group>
  );
}
