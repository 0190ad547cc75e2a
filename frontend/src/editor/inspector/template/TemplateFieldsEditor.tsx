import { ActionIcon, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { HandlebarsEditor, type PathHint } from './HandlebarsEditor.js';

type Field = { label: string; value: string };

/** Label/value pairs shown as a grid by most channels (Slack fields, Discord inline fields, Teams facts). */
export function TemplateFieldsEditor({ fields, paths, onChange }: { fields: Field[]; paths: PathHint[]; onChange: (fields: Field[]) => void }) {
  const update = (index: number, patch: Partial<Field>) => onChange(fields.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="xs" fw={500}>Fields</Text>
        <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} />} onClick={() => onChange([...fields, { label: '', value: '' }])}>Field</Button>
      </Group>
      {fields.length === 0 && <Text size="xs" c="dimmed">No fields. Add some for key facts like host, region or status.</Text>}
      {fields.map((field, index) => (
        <Group key={index} gap={6} align="flex-end" wrap="nowrap">
          <TextInput size="xs" label={index === 0 ? 'Label' : undefined} aria-label={`Field ${index + 1} label`} value={field.label} onChange={(e) => update(index, { label: e.currentTarget.value })} w={140} />
          <div style={{ flex: 1, minWidth: 0 }}>
            <HandlebarsEditor label={index === 0 ? 'Value' : ''} value={field.value} onChange={(value) => update(index, { value })} paths={paths} placeholder="{{data.host}}" />
          </div>
          <Tooltip label="Remove field">
            <ActionIcon variant="subtle" color="gray" mb={4} aria-label={`Remove field ${index + 1}`} onClick={() => onChange(fields.filter((_, i) => i !== index))}><IconX size={14} /></ActionIcon>
          </Tooltip>
        </Group>
      ))}
    </Stack>
  );
}
