import { ActionIcon, Button, Group, Input, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { FieldProps } from '@rjsf/utils';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useContext, useEffect, useState } from 'react';
import { MASKED_SECRET } from '../../api/channels.js';
import { MAP_ROWS_ERROR, MapProblemsContext } from './mapProblems.js';
import { mapFromRows, rowProblems, rowsFromMap, type MapRow } from './keyValueRows.js';

/**
 * A map-of-strings config field (webhook headers) as rows of name and value: existing names stay visible,
 * rows can be removed, new rows start empty. In a secret map the values are write-only: a stored value shows
 * as an empty password input that keeps it unless something is typed.
 */
export function KeyValueMapField({ formData, onChange, schema, fieldPathId, uiSchema, rawErrors, disabled, readonly }: FieldProps) {
  const secret = uiSchema?.['ui:options']?.secretValues === true;
  const [rows, setRows] = useState<MapRow[]>(() => rowsFromMap(formData as Record<string, unknown> | undefined));
  const problems = rowProblems(rows);
  const reportProblems = useContext(MapProblemsContext);
  const pathKey = fieldPathId.path.join('.');
  const label = schema.title ?? pathKey;
  const fieldErrors = (rawErrors ?? []).filter((e) => e !== MAP_ROWS_ERROR);

  useEffect(() => reportProblems(pathKey, problems.some(Boolean)), [reportProblems, pathKey, problems.some(Boolean)]);
  // The form may replace the value from outside (drawer reset): rebuild the rows then, and only then; comparing
  // content, not identity, because the form copies its data on every change (rebuilding would steal the focus).
  const external = JSON.stringify(formData ?? {});
  useEffect(() => {
    if (external !== JSON.stringify(mapFromRows(rows))) setRows(rowsFromMap(JSON.parse(external) as Record<string, unknown>));
    // Only a change coming from outside matters here; the rows' own edits already emitted their map.
  }, [external]);

  const update = (next: MapRow[]) => {
    setRows(next);
    onChange(mapFromRows(next), fieldPathId.path);
  };
  const edit = (index: number, change: Partial<MapRow>) => update(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const nameId = (i: number) => `${fieldPathId.$id}-name-${i}`;

  return (
    <Input.Wrapper label={label} description={schema.description} error={fieldErrors.length ? fieldErrors.join('; ') : undefined}>
      <Stack gap={6} mt={4} data-testid={`map-${pathKey}`}>
        {rows.map((row, i) => {
          const stored = row.value === MASKED_SECRET;
          const valueProps = {
            'aria-label': `${label}: value of ${row.name || `row ${i + 1}`}`,
            placeholder: stored ? 'stored — leave empty to keep' : 'Value',
            value: stored ? '' : row.value,
            onChange: (e: React.ChangeEvent<HTMLInputElement>) => edit(i, { value: e.currentTarget.value === '' && row.stored ? MASKED_SECRET : e.currentTarget.value }),
            disabled: disabled || readonly,
            style: { flex: 1 },
          };
          return (
            <Group key={row.id} gap={6} align="flex-start" wrap="nowrap">
              <TextInput id={nameId(i)} aria-label={`${label}: name of row ${i + 1}`} placeholder="Name" value={row.name} style={{ flex: 1 }}
                error={problems[i]} disabled={disabled || readonly} onChange={(e) => edit(i, { name: e.currentTarget.value })} />
              {secret ? <PasswordInput {...valueProps} /> : <TextInput {...valueProps} />}
              <ActionIcon variant="subtle" color="red" mt={4} aria-label={`Remove ${row.name || `row ${i + 1}`}`} disabled={disabled || readonly}
                onClick={() => update(rows.filter((_, j) => j !== i))}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        {rows.length === 0 && <Text size="xs" c="dimmed">None</Text>}
        <Group>
          <Button size="compact-xs" variant="light" leftSection={<IconPlus size={12} />} disabled={disabled || readonly}
            onClick={() => update([...rows, { id: crypto.randomUUID(), name: '', value: '', stored: false }])}>
            Add {label.toLowerCase().replace(/s$/, '')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
