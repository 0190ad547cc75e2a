import { JsonInput, SegmentedControl, Stack } from '@mantine/core';
import type { SignalboxEvent } from '@signalbox/route-model';
import { useState } from 'react';
import { SampleEventPicker } from '../sample/SampleEventPicker.js';
import { useSampleEvent } from '../sample/useSampleEvent.js';
import { useSampleStore } from '../sample/useSampleStore.js';

/** The event to test with: a catalogue sample, or any JSON pasted in (e.g. copied from a real delivery). */
export function TestEventSource() {
  const { pasted, paste } = useSampleStore();
  const sample = useSampleEvent();
  const [mode, setMode] = useState<'catalogue' | 'json'>(pasted ? 'json' : 'catalogue');
  const [text, setText] = useState(() => JSON.stringify(pasted ?? sample ?? {}, null, 2));
  const [error, setError] = useState<string | null>(null);

  function onText(value: string) {
    setText(value);
    try {
      const parsed = JSON.parse(value) as Partial<SignalboxEvent>;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || typeof parsed.type !== 'string') throw new Error('needs at least a "type"');
      paste({ source: 'test', severity: 'info', timestamp: new Date().toISOString(), id: 'test-event', data: {}, ...parsed } as SignalboxEvent);
      setError(null);
    } catch (e) {
      setError(`Not a usable event: ${(e as Error).message}`);
    }
  }

  return (
    <Stack gap="xs">
      <SegmentedControl size="xs" value={mode} aria-label="Event source"
        onChange={(m) => {
          setMode(m as 'catalogue' | 'json');
          if (m === 'catalogue') paste(null);
          else {
            setText(JSON.stringify(sample ?? {}, null, 2));
            if (sample) paste(sample);
          }
        }}
        data={[{ value: 'catalogue', label: 'From catalogue' }, { value: 'json', label: 'Paste JSON' }]} />
      {mode === 'catalogue' ? <SampleEventPicker label="Event" /> : (
        <JsonInput size="xs" label="Event JSON" value={text} onChange={onText} autosize minRows={6} maxRows={14} error={error} formatOnBlur
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 11 } }} />
      )}
    </Stack>
  );
}
