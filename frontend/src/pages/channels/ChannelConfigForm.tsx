import { Form } from '@rjsf/mantine';
import type { CustomValidator, ErrorSchema, RegistryFieldsType, RegistryWidgetsType, RJSFSchema, RJSFValidationError } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import classes from './ChannelConfigForm.module.css';
import { readableError } from './formErrors.js';
import { KeyValueMapField } from './KeyValueMapField.js';
import { MAP_ROWS_ERROR, MapProblemsContext } from './mapProblems.js';
import { SecretWidget } from './SecretWidget.js';
import { secretAwareSchema } from './secretFields.js';

// "password" is the SDK's marker for secret strings; Ajv only needs to know it accepts any string.
const validator = customizeValidator({ customFormats: { password: /[\s\S]*/ } });
const fields: RegistryFieldsType = { stringMap: KeyValueMapField };
const widgets: RegistryWidgetsType = { secret: SecretWidget };

interface Props {
  schema: RJSFSchema;
  editing: boolean;
  formData: Record<string, unknown>;
  /** The API's rejection, placed on the fields it names. */
  serverErrors?: ErrorSchema;
  onChange: (data: Record<string, unknown>) => void;
  onSubmit: (data: Record<string, unknown>) => void;
  children: ReactNode;
}

/**
 * The plugin's config form, generated from its JSON Schema (the plugin author owns the fields, not the UI).
 * Validated while typing, each error once, under its field; "is required" waits for the first Save, so a new
 * form is not red before anything was typed.
 */
export function ChannelConfigForm({ schema, editing, formData, serverErrors, onChange, onSubmit, children }: Props) {
  const prepared = useMemo(() => secretAwareSchema(schema, editing), [schema, editing]);
  // A ref, not state: the capture handler runs before RJSF validates the same submit event.
  const submitted = useRef(false);
  const mapProblems = useRef(new Set<string>());
  const reportMapProblems = useCallback((path: string, has: boolean) => {
    if (has) mapProblems.current.add(path);
    else mapProblems.current.delete(path);
  }, []);
  const transformErrors = useCallback(
    (errors: RJSFValidationError[]) => errors.filter((e) => submitted.current || e.name !== 'required').map(readableError),
    [],
  );
  const customValidate = useCallback<CustomValidator>((_data, errors) => {
    for (const path of mapProblems.current) {
      const node = path.split('.').reduce<Record<string, unknown> | undefined>((n, key) => n?.[key] as Record<string, unknown> | undefined, errors as never);
      (node as { addError?: (m: string) => void } | undefined)?.addError?.(MAP_ROWS_ERROR);
    }
    return errors;
  }, []);

  return (
    <MapProblemsContext.Provider value={reportMapProblems}>
      <div onSubmitCapture={() => (submitted.current = true)}>
        <Form
          className={classes.form}
          schema={prepared.schema}
          uiSchema={{ ...prepared.uiSchema, 'ui:submitButtonOptions': { norender: true } }}
          validator={validator}
          fields={fields}
          widgets={widgets}
          formData={formData}
          onChange={(e) => onChange((e.formData ?? {}) as Record<string, unknown>)}
          onSubmit={(e) => onSubmit((e.formData ?? {}) as Record<string, unknown>)}
          showErrorList={false}
          liveValidate="onChange"
          transformErrors={transformErrors}
          customValidate={customValidate}
          {...(serverErrors ? { extraErrors: serverErrors } : {})}
          noHtml5Validate
        >
          {children}
        </Form>
      </div>
    </MapProblemsContext.Provider>
  );
}
