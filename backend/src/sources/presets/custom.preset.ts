import jsonata from 'jsonata';
import { MappingError, type MappedAlert, type SourcePreset } from './preset.types.js';

/** Steps a custom mapping may take on one body; counted, not timed, so the preview's verdict is the hook's. */
export const MAPPING_STEP_BUDGET = 100_000;
export const MAX_MAPPING_CHARS = 10_000;

type Expression = ReturnType<typeof jsonata>;

/** Compiles a JSONata mapping, or a MappingError on `mapping` naming the position and the problem. */
export function compileMapping(mapping: string): Expression {
  if (mapping.length > MAX_MAPPING_CHARS) throw new MappingError('mapping', `must be at most ${MAX_MAPPING_CHARS} characters`);
  try {
    return jsonata(mapping);
  } catch (error) {
    throw new MappingError('mapping', describeJsonataError(error));
  }
}

const describeJsonataError = (error: unknown): string => {
  const { message, position, token } = error as { message?: string; position?: number; token?: string };
  return `${message ?? String(error)}${position !== undefined ? ` (at character ${position}${token ? `, near "${token}"` : ''})` : ''}`;
};

async function evaluate(expression: Expression, body: unknown): Promise<unknown> {
  let steps = 0;
  // JSONata calls this hook on every evaluation step; counting them bounds recursive or explosive mappings.
  expression.assign(Symbol.for('jsonata.__evaluate_entry') as unknown as string, () => {
    if (++steps > MAPPING_STEP_BUDGET) throw new MappingError('mapping', `takes more than ${MAPPING_STEP_BUDGET.toLocaleString('en-US')} steps on this body`);
  });
  try {
    return await expression.evaluate(body);
  } catch (error) {
    if (error instanceof MappingError) throw error;
    throw new MappingError('mapping', describeJsonataError(error));
  }
}

const FIELDS = ['id', 'type', 'severity', 'subject', 'timestamp', 'data'];

/** The mapping's result: one object or an array of objects with `type` and optional severity/subject/timestamp/data/id. */
function toAlerts(result: unknown): MappedAlert[] {
  if (result === undefined) throw new MappingError('mapping', 'produced nothing for this body (no field matched); return an object with at least "type"');
  const items = Array.isArray(result) ? result : [result];
  if (items.length === 0) throw new MappingError('mapping', 'produced an empty array; return at least one event');
  return items.map((item: unknown, index): MappedAlert => {
    const path = Array.isArray(result) ? `result[${index}]` : 'result';
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new MappingError(path, 'must be an object like {"type": …, "subject": …, "data": …}');
    const event = item as Record<string, unknown>;
    const unknownField = Object.keys(event).find((key) => !FIELDS.includes(key));
    if (unknownField) throw new MappingError(`${path}.${unknownField}`, `is not an event field (use ${FIELDS.join(', ')}; put anything else under data)`);
    if (typeof event.type !== 'string' || !event.type) throw new MappingError(`${path}.type`, 'must be a non-empty string');
    if (event.data !== undefined && (typeof event.data !== 'object' || event.data === null || Array.isArray(event.data))) {
      throw new MappingError(`${path}.data`, 'must be an object');
    }
    const data = (event.data ?? {}) as Record<string, unknown>;
    return { type: event.type, severity: event.severity, subject: event.subject, timestamp: event.timestamp, data, ...(event.id !== undefined ? { deliveryKey: String(event.id) } : {}) };
  });
}

export const customPreset: SourcePreset = {
  id: 'custom',
  name: 'Custom (JSONata)',
  description: 'Any JSON webhook, mapped with a JSONata expression to one event or an array of events. Verified by the token in the hook URL.',
  verification: 'path-token',
  map: async (body, mapping) => {
    if (!mapping) throw new MappingError('mapping', 'is required for a custom source');
    return toAlerts(await evaluate(compileMapping(mapping), body));
  },
};
