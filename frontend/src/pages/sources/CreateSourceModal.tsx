import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { MappingEditor } from './MappingEditor.js';
import { useSourceMutations, useSourcePresets, type Source, type SourceInput } from './sourcesApi.js';

export function CreateSourceModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (source: Source) => void }) {
  const presets = useSourcePresets();
  const { create } = useSourceMutations();
  const [presetId, setPresetId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [mapping, setMapping] = useState('');
  const preset = presets.data?.find((p) => p.id === presetId);
  const signed = preset !== undefined && preset.verification !== 'path-token';

  const submit = () => {
    if (!preset) return;
    create.mutate(
      { preset: preset.id as SourceInput['preset'], name: name.trim() || preset.name, ...(signed ? { signingSecret: secret } : {}), ...(preset.id === 'custom' ? { mapping } : {}) },
      { onSuccess: (source) => { onCreated(source); setPresetId(null); setName(''); setSecret(''); setMapping(''); } },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New source" size={presetId === 'custom' ? 'xl' : 'md'}>
      <Stack>
        <Select label="Tool" placeholder="Choose a preset" data={(presets.data ?? []).map((p) => ({ value: p.id, label: p.name }))} value={presetId} onChange={setPresetId} />
        {preset && <Text size="sm" c="dimmed">{preset.description}</Text>}
        <TextInput label="Name" placeholder={preset?.name ?? 'Source name'} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        {signed && <PasswordInput label="Signing secret" description="The secret the tool signs with; stored encrypted, never shown again" value={secret} onChange={(e) => setSecret(e.currentTarget.value)} />}
        {presetId === 'custom' && <MappingEditor mapping={mapping} onChange={setMapping} />}
        {create.isError && <Alert color="red" title="Could not create the source">{create.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={submit} disabled={!preset} loading={create.isPending}>Create source</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
