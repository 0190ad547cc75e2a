import { DISCORD_LIMITS as L } from './discord.payload.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function checkLength(problems: string[], path: string, value: unknown, max: number, required = false): number {
  if (value === undefined && !required) return 0;
  const text = str(value);
  if (text === undefined || (required && text.trim() === '')) return void problems.push(`${path}: must be a non-empty string`), 0;
  if (text.length > max) problems.push(`${path}: ${text.length} characters, more than ${max}`);
  return text.length;
}

function checkEmbed(embed: unknown, at: string, problems: string[]): number {
  if (!isObject(embed)) return void problems.push(`${at}: not an object`), 0;
  let total = checkLength(problems, `${at}.title`, embed.title, L.title) + checkLength(problems, `${at}.description`, embed.description, L.description);
  if (embed.color !== undefined && !(Number.isInteger(embed.color) && (embed.color as number) >= 0 && (embed.color as number) <= 0xffffff)) problems.push(`${at}.color: must be an integer 0..0xFFFFFF`);
  if (embed.url !== undefined && !/^https?:\/\/\S+$/.test(str(embed.url) ?? '')) problems.push(`${at}.url: Not a well formed URL.`);
  if (embed.timestamp !== undefined && Number.isNaN(Date.parse(str(embed.timestamp) ?? ''))) problems.push(`${at}.timestamp: Invalid ISO8601 timestamp`);
  if (embed.footer !== undefined) total += checkLength(problems, `${at}.footer.text`, isObject(embed.footer) ? embed.footer.text : undefined, L.footerText, true);
  if (embed.fields !== undefined) {
    if (!Array.isArray(embed.fields) || embed.fields.length > L.fields) problems.push(`${at}.fields: at most ${L.fields}`);
    else embed.fields.forEach((field: unknown, i) => {
      const f = isObject(field) ? field : {};
      total += checkLength(problems, `${at}.fields[${i}].name`, f.name, L.fieldName, true) + checkLength(problems, `${at}.fields[${i}].value`, f.value, L.fieldValue, true);
    });
  }
  return total;
}

/**
 * Problems Discord would answer `400 {code: 50035, message: "Invalid Form Body"}` for, from the documented
 * embed limits. The contract kit runs it on every payload format() builds; the test fake answers with it.
 */
export function validateDiscordPayload(payload: unknown): string[] {
  if (!isObject(payload)) return ['payload: must be a JSON object'];
  const problems: string[] = [];
  checkLength(problems, 'content', payload.content, L.content);
  checkLength(problems, 'username', payload.username, L.username);
  const embeds = payload.embeds ?? [];
  if (!Array.isArray(embeds) || embeds.length > L.embeds) return [...problems, `embeds: at most ${L.embeds}`];
  if (embeds.length === 0 && !str(payload.content)?.trim()) problems.push('Cannot send an empty message (content or embeds required)');
  const total = embeds.reduce((sum: number, embed, i) => sum + checkEmbed(embed, `embeds[${i}]`, problems), 0);
  if (total > L.embedTotal) problems.push(`embeds: ${total} characters in total, more than ${L.embedTotal}`);
  if (payload.allowed_mentions !== undefined && !(isObject(payload.allowed_mentions) && Array.isArray(payload.allowed_mentions.parse))) problems.push('allowed_mentions.parse: must be an array');
  return problems;
}
