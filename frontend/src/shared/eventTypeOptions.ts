import type { CatalogueEntry } from '@signalbox/route-model';

/**
 * Picker options grouped by system: every catalogue type, the `prefix.*` wildcard for each dotted family,
 * and `*`. Mantine wants each value once across all groups, so duplicates are dropped.
 */
export function eventTypeOptions(catalogue: CatalogueEntry[]): Array<{ group: string; items: string[] }> {
  const seen = new Set<string>();
  const once = (values: string[]) => values.filter((v) => !seen.has(v) && seen.add(v));
  const wildcards = new Set<string>(['*']);
  const bySystem = new Map<string, string[]>();
  for (const entry of catalogue) {
    bySystem.set(entry.system, [...(bySystem.get(entry.system) ?? []), entry.type]);
    const dot = entry.type.indexOf('.');
    if (dot > 0) wildcards.add(`${entry.type.slice(0, dot)}.*`);
  }
  const groups = [{ group: 'Wildcards', items: once([...wildcards]) }];
  for (const [system, types] of bySystem) groups.push({ group: system, items: once(types) });
  return groups.filter((g) => g.items.length > 0);
}
