/** Deepest nesting of objects and arrays any request body may have; the root object is level 1. */
export const MAX_JSON_DEPTH = 64;

export interface BodyProblem {
  /** Where in the body: `data.note`, `graph.nodes[1].config`, `(root)`. */
  path: string;
  message: string;
}

// Postgres text and jsonb cannot store U+0000, and a lone UTF-16 surrogate is not a character at all:
// both would fail deep inside the database (a 500) or be mangled, so they are refused at the door.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const NUL = /\u0000/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function stringProblem(text: string): string | undefined {
  if (NUL.test(text)) return 'contains a NUL character (\\u0000), which cannot be stored; remove it';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate (e.g. \\ud800), which is not a character; send valid Unicode';
  return undefined;
}

const keyPath = (parent: string, key: string) => {
  // eslint-disable-next-line no-control-regex -- the path shown must not carry the NUL or surrogate itself
  const segment = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key.replace(/[\u0000\ud800-\udfff]/g, '?'));
  return parent === '' ? segment : `${parent}.${segment}`;
};

/**
 * The first thing in a parsed JSON body that no endpoint can accept: nesting deeper than MAX_JSON_DEPTH, or
 * a string (value or key) with a NUL character or a lone surrogate. Checked once for every body, before any
 * schema, so no handler (and no recursive schema) ever sees such input. Iterative: depth never costs stack.
 */
export function bodyProblem(body: unknown): BodyProblem | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: body, path: '', depth: 1 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value);
      if (problem) return { path: path || '(root)', message: problem };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_JSON_DEPTH) {
      return { path: path || '(root)', message: `is nested deeper than ${MAX_JSON_DEPTH} levels of objects and arrays (the limit for every request body)` };
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], path: `${path}[${index}]`, depth: depth + 1 });
      continue;
    }
    const entries = Object.entries(value as Record<string, unknown>);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index]!;
      const childPath = keyPath(path, key);
      const problem = stringProblem(key);
      if (problem) return { path: childPath, message: `field name ${problem}` };
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}
