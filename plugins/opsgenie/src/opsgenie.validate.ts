import type { OpsgeniePayload } from './opsgenie.format.js';
import { OPSGENIE_LIMITS as L, OPSGENIE_PRIORITIES } from './opsgenie.limits.js';

const over = (name: string, value: string, max: number) => (value.length > max ? [`${name}: ${value.length} characters, more than ${max}`] : []);

/** The Alert API's documented field limits as code: one line per violation. */
export function validateOpsgeniePayload(payload: OpsgeniePayload): string[] {
  if (payload.action === 'close') return [...over('alias', payload.alias, L.alias), ...over('source', payload.body.source, L.source), ...over('note', payload.body.note, L.note)];
  const a = payload.alert;
  const problems = [
    ...(a.message.trim() ? [] : ['message is empty']),
    ...over('message', a.message, L.message),
    ...over('alias', a.alias, L.alias),
    ...over('description', a.description, L.description),
    ...over('source', a.source, L.source),
    ...over('entity', a.entity ?? '', L.entity),
    ...(OPSGENIE_PRIORITIES.includes(a.priority) ? [] : [`priority ${a.priority}`]),
    ...(a.tags.length > L.tags ? [`${a.tags.length} tags, more than ${L.tags}`] : []),
    ...a.tags.flatMap((t, i) => over(`tags[${i}]`, t, L.tag)),
  ];
  const detailChars = Object.entries(a.details).reduce((n, [k, v]) => n + k.length + v.length, 0);
  if (detailChars > L.detailsChars) problems.push(`details: ${detailChars} characters, more than ${L.detailsChars}`);
  return problems;
}
