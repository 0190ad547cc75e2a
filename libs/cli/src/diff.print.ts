/** The API's apply answer (see POST /v1/config/apply). */
export interface ApplyResult {
  dryRun: boolean;
  prune: boolean;
  created: Array<{ kind: string; name: string }>;
  changed: Array<{ kind: string; name: string; fields: Array<{ path: string; before?: unknown; after?: unknown; secret?: boolean }> }>;
  unchanged: Array<{ kind: string; name: string }>;
  deleted: Array<{ kind: string; name: string }>;
}

const show = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

/** A terraform-plan-like listing: + created, ~ changed (field by field), - deleted, then a count line. */
export function formatResult(result: ApplyResult): string {
  const lines: string[] = [];
  for (const item of result.created) lines.push(`+ ${item.kind} ${JSON.stringify(item.name)}`);
  for (const item of result.changed) {
    lines.push(`~ ${item.kind} ${JSON.stringify(item.name)}`);
    for (const field of item.fields) lines.push(field.secret ? `    ${field.path}: (secret changed)` : `    ${field.path}: ${show(field.before)} → ${show(field.after)}`);
  }
  for (const item of result.deleted) lines.push(`- ${item.kind} ${JSON.stringify(item.name)}`);
  const counts = `${result.created.length} to create, ${result.changed.length} to change, ${result.deleted.length} to delete, ${result.unchanged.length} unchanged`;
  if (lines.length === 0) lines.push('No changes: the server already matches the file.');
  lines.push(result.dryRun ? `Dry run: ${counts}. Nothing was written.` : `Applied: ${counts.replaceAll(' to ', ' ').replace('create', 'created').replace('change', 'changed').replace('delete', 'deleted')}.`);
  return lines.join('\n');
}
