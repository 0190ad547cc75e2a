/**
 * Canonical JSON identical to Python's `json.dumps(obj, sort_keys=True, separators=(',', ':'))`, the form
 * Nemo Router signs. Chosen details (each matches Python's defaults, so a Python receiver that re-serializes
 * the parsed body gets the very bytes we signed):
 * - ensure_ascii: every character outside U+0020..U+007E is escaped as lowercase `\uXXXX` (astral characters
 *   as their UTF-16 surrogate pair, DEL as `\u007f`), so the bytes are pure ASCII and encoding-proof;
 *   `"é"` → `"\u00e9"`. Short escapes (`\n`, `\t`, `\"`, ...) as Python writes them.
 * - keys sorted by Unicode code point (Python's str order), not by UTF-16 unit (JavaScript's default sort).
 * - numbers: integers as digits; non-integers in Python's float repr (`1e-05`, `1.5e-07`: exponent below
 *   1e-4, two-digit exponent) where JavaScript would print `0.00001` / `1.5e-7`. JSON has no int/float
 *   distinction in JavaScript, so `1.0` is written `1` — still a fixed point for a Python re-serializer.
 * - `undefined`, functions and symbols behave as in JSON.stringify (dropped / null); `toJSON` is honoured.
 */
export function canonicalJson(value: unknown): string {
  const normalized: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
  return write(normalized);
}

function write(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `[${value.map(write).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compareCodePoints(a, b));
  return `{${entries.map(([key, item]) => `${quote(key)}:${write(item)}`).join(',')}}`;
}

function quote(text: string): string {
  // JSON.stringify already escapes `"`, `\`, control characters and lone surrogates the way Python does.
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return 'null';
  if (Number.isInteger(value) || Math.abs(value) >= 1e-4) return JSON.stringify(value);
  // Python repr switches to exponent notation below 1e-4 and pads the exponent to two digits.
  return value.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
}

export function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = (left[i]!.codePointAt(0) ?? 0) - (right[i]!.codePointAt(0) ?? 0);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}
