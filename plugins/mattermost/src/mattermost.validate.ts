import { MATTERMOST_LIMITS as L } from './mattermost.limits.js';

/** Code points, as the Mattermost server counts (Go runes). */
const runes = (text: string) => [...text].length;

/** The documented limits as code: one line per violation, for the contract kit's hostile inputs. */
export function validateMattermostPayload(payload: { text?: unknown; attachments?: unknown }): string[] {
  const problems: string[] = [];
  const text = typeof payload.text === 'string' ? payload.text : '';
  if (runes(text) > L.text) problems.push(`text: ${runes(text)} characters, more than ${L.text}`);
  const attachments = Array.isArray(payload.attachments) ? payload.attachments : [];
  if (text.trim() === '' && attachments.length === 0) problems.push('neither text nor attachments');
  const props = JSON.stringify({ attachments }).length;
  if (props > L.propsChars) problems.push(`attachments: ${props} characters of props, more than ${L.propsChars}`);
  return problems;
}
