import { Ajv, type AnySchema } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnyChannelDefinition } from '../channel.types.js';
import { configJsonSchema } from '../config/config.schema.js';
import { schemasAtPath } from '../config/json-schema.util.js';
import { violated } from './contract.violation.js';

// Validators per declared draft: the schema is checked against the meta-schema of the draft it claims.
type Validator = Pick<Ajv, 'validateSchema' | 'compile' | 'errorsText' | 'errors'>;
const DRAFTS: Record<string, () => Validator> = {
  'https://json-schema.org/draft/2020-12/schema': () => new Ajv2020({ strict: false, validateFormats: false, allErrors: true }),
  'https://json-schema.org/draft/2019-09/schema': () => new Ajv2019({ strict: false, validateFormats: false, allErrors: true }),
  'http://json-schema.org/draft-07/schema#': () => new Ajv({ strict: false, validateFormats: false, allErrors: true }),
};

/**
 * The editor builds its form from this schema: it must be plain JSON, valid for the draft it declares, accept
 * the config the plugin accepts, and mark every secret write-only.
 */
export function checkConfigSchema(definition: AnyChannelDefinition, validInput: unknown): void {
  const schema = configJsonSchema(definition);
  violated(JSON.stringify(JSON.parse(JSON.stringify(schema))) === JSON.stringify(schema), 'config JSON Schema is not plain JSON (functions, undefined or cycles inside)');
  const draft = schema.$schema;
  violated(typeof draft === 'string' && draft in DRAFTS, `config JSON Schema declares an unsupported $schema ${JSON.stringify(draft)} (expected one of ${Object.keys(DRAFTS).join(', ')})`);
  const ajv = DRAFTS[draft]!();
  const metaValid = ajv.validateSchema(schema as AnySchema);
  violated(metaValid === true, () => `config JSON Schema is not valid ${draft}: ${ajv.errorsText(ajv.errors)}`);
  const validate = ajv.compile(schema);
  violated(validate(validInput) === true, () => `the form would refuse validConfig(): ${ajv.errorsText(validate.errors)} — the JSON Schema disagrees with the zod schema`);
  for (const path of definition.secrets as string[]) {
    const nodes = schemasAtPath(schema, path);
    violated(nodes.length > 0 && nodes.every((node) => node.writeOnly === true), `secret "${path}" is not marked writeOnly in the config JSON Schema`);
  }
}

export function checkValidConfigParses(definition: AnyChannelDefinition, validInput: unknown): void {
  const parsed = definition.config.safeParse(validInput);
  violated(parsed.success, () => `validConfig() does not parse: ${parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
}
