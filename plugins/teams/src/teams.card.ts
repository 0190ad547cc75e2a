import { singleLine, truncateText } from '@signalbox/plugin-sdk';
import type { Message } from '@signalbox/plugin-sdk';
import type { AdaptiveCard, FactSet, TeamsPayload, TextBlock } from './teams.card.types.js';
import { teamsSeverity } from './teams.severity.js';

const MAX_TITLE = 300;
const MAX_FACT_TITLE = 100;
const MAX_FACT_VALUE = 1000;
/** Longer links are left out rather than eating the 28 KB budget. */
const MAX_URL = 2048;

/** How much of the message a card shows; format() shrinks these until the JSON fits 28 KB. */
export interface CardBudget {
  bodyChars: number;
  facts: number;
}

function safeUrl(candidate: string | undefined): string | undefined {
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href.length <= MAX_URL ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Severity, source and the event time; DATE()/TIME() show it in each reader's own time zone and locale. */
function contextLine(message: Message): string {
  const { label } = teamsSeverity(message.severity);
  const at = Date.parse(message.event.timestamp);
  // The functions need strict RFC 3339 without fractions, or Teams prints them as typed.
  const iso = Number.isFinite(at) ? new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined;
  const source = truncateText(singleLine(String(message.event.source ?? '')), 100);
  return [`**${label}**`, source, iso && `{{DATE(${iso}, SHORT)}} {{TIME(${iso})}}`].filter(Boolean).join(' · ');
}

function factSet(fields: Message['fields'], shown: number): FactSet | undefined {
  const usable = fields.filter((f) => f.label.trim() !== '' || f.value.trim() !== '');
  const facts = usable.slice(0, shown).map((f) => ({ title: truncateText(singleLine(f.label), MAX_FACT_TITLE), value: truncateText(f.value.trim(), MAX_FACT_VALUE) || '—' }));
  const hidden = usable.length - facts.length;
  if (hidden > 0) facts.push({ title: '…', value: `+${hidden} more field${hidden === 1 ? '' : 's'} not shown` });
  return facts.length > 0 ? { type: 'FactSet', facts } : undefined;
}

/** The card: coloured bold title, a subtle context line, the body, the fields as facts, and an Open button. */
export function buildCard(message: Message, body: string, budget: CardBudget): TeamsPayload {
  const style = teamsSeverity(message.severity);
  const title = truncateText(singleLine(message.title) || singleLine(String(message.event.type ?? '')) || 'Alert', MAX_TITLE);
  const blocks: Array<TextBlock | FactSet> = [
    { type: 'TextBlock', text: `${style.emoji} ${title}`, weight: 'bolder', size: 'medium', color: style.teamsColor, wrap: true },
    { type: 'TextBlock', text: contextLine(message), isSubtle: true, size: 'small', spacing: 'none', wrap: true },
  ];
  const shownBody = truncateText(body, budget.bodyChars);
  if (shownBody) blocks.push({ type: 'TextBlock', text: shownBody, wrap: true });
  const facts = factSet(message.fields, budget.facts);
  if (facts) blocks.push(facts);
  const url = safeUrl(message.url);
  const card: AdaptiveCard = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body: blocks,
    ...(url ? { actions: [{ type: 'Action.OpenUrl', title: 'View details', url }] } : {}),
    msteams: { width: 'Full' },
  };
  return { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }] };
}
