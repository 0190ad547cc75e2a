import { TEAMS_MAX_PAYLOAD_BYTES } from './teams.card.types.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkElement(element: unknown, at: string, problems: string[]): void {
  if (!isObject(element)) return void problems.push(`${at}: not an object`);
  if (element.type === 'TextBlock') {
    if (typeof element.text !== 'string') problems.push(`${at}.text: required string`);
  } else if (element.type === 'FactSet') {
    if (!Array.isArray(element.facts)) return void problems.push(`${at}.facts: required array`);
    element.facts.forEach((fact: unknown, i) => {
      if (!isObject(fact) || typeof fact.title !== 'string' || typeof fact.value !== 'string') problems.push(`${at}.facts[${i}]: needs string title and value`);
    });
  } else problems.push(`${at}: unexpected element type ${String(element.type)}`);
}

/**
 * Problems a Workflows webhook (and the Teams card renderer behind it) would refuse the body for: the message
 * envelope, an Adaptive Card with a version and body, known elements, http(s) OpenUrl actions, and 28 KB.
 */
export function validateTeamsPayload(payload: unknown): string[] {
  if (!isObject(payload)) return ['payload: must be a JSON object'];
  const problems: string[] = [];
  const size = Buffer.byteLength(JSON.stringify(payload), 'utf8');
  if (size > TEAMS_MAX_PAYLOAD_BYTES) problems.push(`payload: ${size} bytes, more than ${TEAMS_MAX_PAYLOAD_BYTES}`);
  if (payload.type !== 'message') problems.push('type: must be "message"');
  if (!Array.isArray(payload.attachments) || payload.attachments.length === 0) return [...problems, 'attachments: at least one required'];
  payload.attachments.forEach((attachment: unknown, a) => {
    const at = `attachments[${a}]`;
    if (!isObject(attachment) || attachment.contentType !== 'application/vnd.microsoft.card.adaptive') return void problems.push(`${at}.contentType: must be application/vnd.microsoft.card.adaptive`);
    const card = attachment.content;
    if (!isObject(card) || card.type !== 'AdaptiveCard') return void problems.push(`${at}.content: must be an AdaptiveCard`);
    if (typeof card.version !== 'string') problems.push(`${at}.content.version: required`);
    if (!Array.isArray(card.body)) return void problems.push(`${at}.content.body: required array`);
    card.body.forEach((element, i) => checkElement(element, `${at}.content.body[${i}]`, problems));
    if (card.actions === undefined) return;
    if (!Array.isArray(card.actions)) return void problems.push(`${at}.content.actions: must be an array`);
    card.actions.forEach((action: unknown, i) => {
      if (!isObject(action) || action.type !== 'Action.OpenUrl' || typeof action.url !== 'string' || !/^https?:\/\//.test(action.url)) problems.push(`${at}.content.actions[${i}]: needs an http(s) url`);
    });
  });
  return problems;
}
