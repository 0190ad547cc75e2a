import type { JiraPayload } from './jira.format.js';
import { JIRA_LIMITS as L } from './jira.limits.js';

/** Jira's documented limits as code: one line per violation. */
export function validateJiraPayload(payload: JiraPayload): string[] {
  if (payload.action === 'resolve') {
    const n = JSON.stringify(payload.comment).length;
    return n > L.richText ? [`comment: ${n} characters, more than ${L.richText}`] : [];
  }
  const { summary, description, labels } = payload.fields;
  const problems: string[] = [];
  if (!summary.trim()) problems.push('summary is empty');
  if (summary.length > L.summary) problems.push(`summary: ${summary.length} characters, more than ${L.summary}`);
  if (/[\r\n]/.test(summary)) problems.push('summary contains a line break');
  const n = JSON.stringify(description).length;
  if (n > L.richText) problems.push(`description: ${n} characters, more than ${L.richText}`);
  for (const l of labels) if (/\s/.test(l) || l.length > L.label || !l) problems.push(`label "${l.slice(0, 40)}" is empty, has spaces or is over ${L.label}`);
  return problems;
}
