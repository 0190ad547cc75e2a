import type { ErrorSchema, RJSFSchema, RJSFValidationError } from '@rjsf/utils';
import { humanizeKey } from './secretFields.js';

export interface ServerIssue {
  path: string;
  message: string;
}

const FORMAT_NAMES: Record<string, string> = { uri: 'URL', email: 'email address', 'date-time': 'date and time' };

/** Ajv's messages name JSON Schema keywords ("must match pattern ^…$"); people need what to do instead. */
export function readableError(error: RJSFValidationError): RJSFValidationError {
  const params = (error.params ?? {}) as Record<string, unknown>;
  const message = (() => {
    switch (error.name) {
      case 'required': return 'is required';
      case 'pattern': return 'does not have the expected format';
      case 'format': return `must be a valid ${FORMAT_NAMES[String(params.format)] ?? String(params.format)}`;
      case 'minLength': return params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters`;
      case 'maxLength': return `must be at most ${String(params.limit)} characters`;
      case 'enum': return 'must be one of the listed options';
      default: return error.message ?? 'is invalid';
    }
  })();
  return { ...error, message, stack: message };
}

/** The title the form shows for a dotted config path (`signing.secret` → "Signing › Secret"). */
export function fieldLabel(schema: RJSFSchema, path: string[]): string {
  const labels: string[] = [];
  let node: RJSFSchema | undefined = schema;
  for (const key of path) {
    const child: RJSFSchema | undefined = (node?.properties as Record<string, RJSFSchema> | undefined)?.[key];
    labels.push(child?.title ?? humanizeKey(key));
    node = child;
  }
  return labels.join(' › ');
}

/**
 * The API's issues (`config.signing.secret: must be "whsec_"…`) placed on the fields they are about, once each.
 * An issue inside a map field (`config.headers.X Bad`) goes on the map, naming the key. What is not a config
 * field (name, pluginId) is returned as `other`, labelled for people.
 */
export function serverErrorsToFields(issues: ServerIssue[], mapPaths: ReadonlySet<string>): { fields: ErrorSchema; other: string[]; hasFieldErrors: boolean } {
  const fields: Record<string, unknown> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const [root, ...rest] = issue.path.split('.');
    if (root !== 'config' || rest.length === 0) {
      other.push(`${humanizeKey(issue.path || 'request')}: ${issue.message}`);
      continue;
    }
    const mapAt = rest.findIndex((_, i) => mapPaths.has(rest.slice(0, i + 1).join('.')));
    const path = mapAt >= 0 ? rest.slice(0, mapAt + 1) : rest;
    const message = mapAt >= 0 && rest.length > mapAt + 1 ? `${rest.slice(mapAt + 1).join('.')}: ${issue.message}` : issue.message;
    let node = fields;
    for (const key of path) node = (node[key] ??= {}) as Record<string, unknown>;
    const errors = ((node.__errors ??= []) as string[]);
    if (!errors.includes(message)) errors.push(message);
  }
  return { fields: fields as ErrorSchema, other, hasFieldErrors: Object.keys(fields).length > 0 };
}

/** `config.signing.secret` → "Signing › Secret": an API path as the form labels it (without a schema at hand). */
export function fieldLabelFromIssuePath(path: string): string {
  const keys = path.split('.');
  return (keys[0] === 'config' && keys.length > 1 ? keys.slice(1) : keys).map(humanizeKey).join(' › ');
}
