import { MASKED_SECRET } from '../../api/channels.js';

/** One row of a map field; `stored` marks a secret value the server kept (shown as MASKED_SECRET). */
export interface MapRow {
  id: string;
  name: string;
  value: string;
  stored: boolean;
}

export function rowsFromMap(map: Record<string, unknown> | undefined): MapRow[] {
  return Object.entries(map ?? {}).map(([name, value]) => ({ id: crypto.randomUUID(), name, value: String(value ?? ''), stored: value === MASKED_SECRET }));
}

const isBlank = (row: MapRow) => !row.name.trim() && !row.value;

/** Blank rows and rows with a problem are left out of the map (the form refuses to submit while a problem is left). */
export function mapFromRows(rows: MapRow[]): Record<string, string> {
  const problems = rowProblems(rows);
  return Object.fromEntries(rows.filter((row, i) => !problems[i] && !isBlank(row)).map((row) => [row.name.trim(), row.value]));
}

/**
 * Per row: why its name is not usable (empty while a value is set, or the same as an earlier row's, ignoring case
 * as HTTP does). A row still completely blank is just not filled in yet.
 */
export function rowProblems(rows: MapRow[]): Array<string | undefined> {
  const seen = new Set<string>();
  return rows.map((row) => {
    if (isBlank(row)) return undefined;
    const name = row.name.trim().toLowerCase();
    if (!name) return 'Name is required';
    if (seen.has(name)) return `"${row.name.trim()}" is already set above`;
    seen.add(name);
    return undefined;
  });
}
