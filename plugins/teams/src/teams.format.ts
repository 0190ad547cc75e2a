import { cleanText } from '@signalbox/plugin-sdk';
import type { Message } from '@signalbox/plugin-sdk';
import { buildCard, type CardBudget } from './teams.card.js';
import { TEAMS_MAX_PAYLOAD_BYTES, type TeamsPayload } from './teams.card.types.js';
import { markdownToAdaptive } from './teams.markdown.js';

const START: CardBudget = { bodyChars: 20_000, facts: 30 };
/** The body keeps at least this much while facts are dropped to make room. */
const MIN_BODY = 2_000;

const bytes = (payload: TeamsPayload) => Buffer.byteLength(JSON.stringify(payload), 'utf8');

/**
 * Neutral message → a Workflows webhook body holding one Adaptive Card, at most 28 KB of JSON: the body is cut
 * first (down to 2000 characters), then facts are dropped from the end, then the body is cut further. Each
 * character removed saves at least a byte, so cutting by the excess converges in a few rounds.
 */
export function formatTeams(input: Message): TeamsPayload {
  const message: Message = {
    ...input,
    title: cleanText(input.title ?? ''),
    fields: (input.fields ?? []).map((f) => ({ label: cleanText(String(f.label ?? '')), value: cleanText(String(f.value ?? '')) })),
    event: { ...input.event, source: cleanText(String(input.event.source ?? '')) },
  };
  const body = markdownToAdaptive(cleanText(input.body ?? '').slice(0, START.bodyChars * 2));
  const budget = { ...START, bodyChars: Math.min(START.bodyChars, body.length) };
  let payload = buildCard(message, body, budget);
  for (let size = bytes(payload); size > TEAMS_MAX_PAYLOAD_BYTES; size = bytes(payload)) {
    const excess = size - TEAMS_MAX_PAYLOAD_BYTES + 8;
    if (budget.bodyChars > MIN_BODY) budget.bodyChars = Math.max(MIN_BODY, budget.bodyChars - excess);
    else if (budget.facts > 0) budget.facts -= 1;
    else if (budget.bodyChars > 0) budget.bodyChars = Math.max(0, budget.bodyChars - excess);
    else break; // title, context line and link are bounded far below 28 KB: unreachable, but never loop forever
    payload = buildCard(message, body, budget);
  }
  return payload;
}
