import { Alert, Button, Code, Group, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { sourcesApi } from './sourcesApi.js';

const EXAMPLE = '{\n  "type": "check." & $lowercase(state),\n  "severity": level,\n  "subject": name,\n  "data": $\n}';

/** JSONata mapping with a preview on a pasted sample: the preview runs the hook's own mapping code on the server. */
export function MappingEditor({ mapping, onChange }: { mapping: string; onChange: (mapping: string) => void }) {
  const [sample, setSample] = useState('');
  const [sampleError, setSampleError] = useState<string | null>(null);
  const preview = useMutation({ mutationFn: sourcesApi.preview });

  const run = () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(sample);
    } catch (error) {
      setSampleError(`Sample is not JSON: ${(error as Error).message}`);
      return;
    }
    setSampleError(null);
    preview.mutate({ sample: parsed, mapping });
  };

  return (
    <Stack gap="xs">
      <Textarea label="Sample webhook body" description="Paste one body the tool sends" autosize minRows={4} maxRows={12} ff="monospace" value={sample} onChange={(e) => setSample(e.currentTarget.value)} />
      <Textarea label="Mapping (JSONata)" description="Returns one event or an array: type, severity, subject, timestamp, data, id" placeholder={EXAMPLE} autosize minRows={4} maxRows={12} ff="monospace" value={mapping} onChange={(e) => onChange(e.currentTarget.value)} />
      <Group>
        <Button variant="light" onClick={run} disabled={!sample.trim() || !mapping.trim()} loading={preview.isPending}>Preview</Button>
      </Group>
      {sampleError && <Alert color="red" title="Preview failed">{sampleError}</Alert>}
      {!sampleError && preview.isError && <Alert color="red" title="Preview failed">{preview.error.message}</Alert>}
      {!sampleError && preview.isSuccess && (
        <Code block aria-label="Preview result">{JSON.stringify(preview.data.events.map(({ type, severity, subject, data }) => ({ type, severity, subject, data })), null, 2)}</Code>
      )}
    </Stack>
  );
}
