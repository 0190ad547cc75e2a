import { Button, Group, PasswordInput } from '@mantine/core';
import type { WidgetProps } from '@rjsf/utils';
import { generateSecret, isGeneratedSecret } from './secretGenerator.js';

/**
 * A write-only secret: a password input and, for secrets Signalbox picks itself (signing secrets, not tokens a
 * platform issues), a Generate button that fills in one in the format the field expects.
 */
export function SecretWidget({ id, htmlName, name, label, hideLabel, schema, value, placeholder, required, disabled, readonly, rawErrors, onChange, onBlur, onFocus, options }: WidgetProps) {
  const description = hideLabel ? undefined : ((options.description as string | undefined) ?? schema.description);
  const input = (
    <PasswordInput id={id} name={htmlName ?? id} label={hideLabel ? undefined : label} description={description} required={required} placeholder={placeholder}
      disabled={disabled || readonly} value={(value as string | undefined) ?? ''} error={rawErrors?.length ? rawErrors.join('; ') : undefined} style={{ flex: 1 }}
      onChange={(e) => onChange(e.currentTarget.value === '' ? options.emptyValue : e.currentTarget.value)}
      onBlur={(e) => onBlur(id, e.currentTarget.value)} onFocus={(e) => onFocus(id, e.currentTarget.value)} />
  );
  if (!isGeneratedSecret(name)) return input;
  return (
    <Group gap={6} align="flex-end" wrap="nowrap">
      {input}
      <Button variant="light" disabled={disabled || readonly} aria-label={`Generate ${label}`} onClick={() => onChange(generateSecret(schema))}
        mb={rawErrors?.length ? 22 : 0}>Generate</Button>
    </Group>
  );
}
