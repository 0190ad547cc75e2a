import { singleLine, truncateText } from '@signalbox/plugin-sdk';
import type { Message } from '@signalbox/plugin-sdk';
import { DISCORD_LIMITS as L, type DiscordEmbedField } from './discord.payload.js';

/** Side by side (three per row) when both halves are short; a long value gets the whole width. */
const INLINE_MAX = 40;
const EMPTY = '—';

export function embedField(field: { label: string; value: string }): DiscordEmbedField {
  // Discord rejects empty names and values; a zero-width space is its own convention for "no name".
  const name = truncateText(singleLine(field.label), L.fieldName) || '\u200b';
  const value = truncateText(field.value.trim(), L.fieldValue) || EMPTY;
  return { name, value, inline: name.length <= INLINE_MAX && value.length <= INLINE_MAX && !value.includes('\n') };
}

export const fieldCost = (field: DiscordEmbedField): number => field.name.length + field.value.length;

/** Note that stands in for the fields that did not fit. */
export function moreField(hidden: number): DiscordEmbedField {
  return { name: '\u200b', value: `+${hidden} more field${hidden === 1 ? '' : 's'} not shown`, inline: false };
}

/**
 * At most 25 fields within `budget` characters: fields are kept in order while they fit, and a last field
 * says how many were left out.
 */
export function fitFields(fields: Message['fields'], budget: number): DiscordEmbedField[] {
  const all = fields.filter((f) => f.label.trim() !== '' || f.value.trim() !== '').map(embedField);
  const kept: DiscordEmbedField[] = [];
  let used = 0;
  for (const field of all) {
    const hiddenAfter = all.length - kept.length - 1;
    const reserve = hiddenAfter > 0 ? fieldCost(moreField(hiddenAfter)) : 0;
    if (kept.length >= (hiddenAfter > 0 ? L.fields - 1 : L.fields) || used + fieldCost(field) + reserve > budget) break;
    kept.push(field);
    used += fieldCost(field);
  }
  const hidden = all.length - kept.length;
  return hidden > 0 && fieldCost(moreField(hidden)) <= budget - used ? [...kept, moreField(hidden)] : kept;
}
