import { SLACK_LIMITS as L } from './slack.payload.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkText(where: string, value: unknown, max: number, types: string[], problems: string[]): void {
  if (!isObject(value) || !types.includes(value.type as string)) return void problems.push(`${where}: must be a ${types.join('/')} text object`);
  if (typeof value.text !== 'string' || value.text.length === 0) return void problems.push(`${where}.text: must be a non-empty string`);
  if (value.text.length > max) problems.push(`${where}.text: ${value.text.length} characters, more than ${max}`);
}

function checkBlock(block: unknown, i: number, problems: string[]): void {
  const at = `blocks[${i}]`;
  if (!isObject(block)) return void problems.push(`${at}: not an object`);
  if (block.type === 'header') return checkText(`${at}.text`, block.text, L.headerText, ['plain_text'], problems);
  if (block.type === 'section') {
    if (block.text === undefined && block.fields === undefined) problems.push(`${at}: needs text or fields`);
    if (block.text !== undefined) checkText(`${at}.text`, block.text, L.sectionText, ['plain_text', 'mrkdwn'], problems);
    if (block.fields === undefined) return;
    if (!Array.isArray(block.fields) || block.fields.length === 0 || block.fields.length > L.sectionFields) return void problems.push(`${at}.fields: 1 to ${L.sectionFields} items`);
    return block.fields.forEach((field, f) => checkText(`${at}.fields[${f}]`, field, L.fieldText, ['plain_text', 'mrkdwn'], problems));
  }
  if (block.type === 'context') {
    if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > L.contextElements) return void problems.push(`${at}.elements: 1 to ${L.contextElements} items`);
    return block.elements.forEach((element, e) => checkText(`${at}.elements[${e}]`, element, L.contextText, ['plain_text', 'mrkdwn'], problems));
  }
  if (block.type === 'actions') {
    if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 25) return void problems.push(`${at}.elements: 1 to 25 items`);
    return block.elements.forEach((element: unknown, e) => {
      if (!isObject(element) || element.type !== 'button') return void problems.push(`${at}.elements[${e}]: only buttons are expected`);
      checkText(`${at}.elements[${e}].text`, element.text, L.buttonText, ['plain_text'], problems);
      if (typeof element.url !== 'string' || element.url.length > L.buttonUrl || !/^https?:\/\//.test(element.url)) problems.push(`${at}.elements[${e}].url: invalid`);
      if (typeof element.action_id === 'string' && element.action_id.length > L.actionId) problems.push(`${at}.elements[${e}].action_id: too long`);
    });
  }
  if (block.type !== 'divider') problems.push(`${at}: unknown block type ${String(block.type)}`);
}

/**
 * Problems Slack would refuse an incoming-webhook body for (`invalid_blocks`), from Block Kit's documented
 * limits. The host's contract kit runs it on every payload format() builds; the test fake answers with it.
 */
export function validateSlackPayload(payload: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(payload)) return ['payload: must be a JSON object'];
  const hasText = typeof payload.text === 'string' && payload.text.trim() !== '';
  if (!hasText && payload.blocks === undefined) problems.push('payload: needs text or blocks');
  if (payload.blocks === undefined) return problems;
  if (!Array.isArray(payload.blocks) || payload.blocks.length > L.blocks) return [...problems, `blocks: at most ${L.blocks}`];
  payload.blocks.forEach((block, i) => checkBlock(block, i, problems));
  return problems;
}
