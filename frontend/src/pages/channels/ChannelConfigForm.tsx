import { Form } from '@rjsf/mantine';
import type { RJSFSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { useMemo, type ReactNode } from 'react';
import classes from './ChannelConfigForm.module.css';
import { secretAwareSchema } from './secretFields.js';

// "password" is the SDK's marker for secret strings; Ajv only needs to know it accepts any string.
const validator = customizeValidator({ customFormats: { password: /[\s\S]*/ } });

interface Props {
  schema: RJSFSchema;
  editing: boolean;
  formData: Record<string, unknown>;
  onChange: (data: Record<string, unknown>) => void;
  onSubmit: (data: Record<string, unknown>) => void;
  children: ReactNode;
}

/** The plugin's config form, generated from its JSON Schema (the plugin author owns the fields, not the UI). */
export function ChannelConfigForm({ schema, editing, formData, onChange, onSubmit, children }: Props) {
  const prepared = useMemo(() => secretAwareSchema(schema, editing), [schema, editing]);
  return (
    <Form
      className={classes.form}
      schema={prepared.schema}
      uiSchema={{ ...prepared.uiSchema, 'ui:submitButtonOptions': { norender: true } }}
      validator={validator}
      formData={formData}
      onChange={(e) => onChange((e.formData ?? {}) as Record<string, unknown>)}
      onSubmit={(e) => onSubmit((e.formData ?? {}) as Record<string, unknown>)}
      showErrorList={false}
      liveValidate={false}
      noHtml5Validate
    >
      {children}
    </Form>
  );
}
