import { cleanText, severityColorNumber, severityStyle, singleLine, truncateText } from '@signalbox/plugin-sdk';
import type { Message } from '@signalbox/plugin-sdk';
import type { DiscordConfig } from './discord.config.js';
import { fieldCost, fitFields } from './discord.fields.js';
import { DISCORD_LIMITS as L, type DiscordEmbed, type DiscordPayload } from './discord.payload.js';

/** The description keeps at least this much when fields compete for the 6000-character embed total. */
const MIN_DESCRIPTION = 1500;

function safeUrl(candidate: string | undefined): string | undefined {
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href.length <= L.url ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isoTimestamp(timestamp: string): string | undefined {
  const at = Date.parse(timestamp);
  return Number.isFinite(at) ? new Date(at).toISOString() : undefined;
}

/**
 * Neutral message → one embed: coloured by severity, the title linking to the message URL, the body as the
 * description (Discord renders the markdown subset natively), fields (short ones inline), a footer naming
 * severity and source, and the event time (Discord shows it in each reader's zone). All embed text stays
 * within 6000 characters: fields are dropped from the end, then the description is cut.
 */
export function formatDiscord(message: Message, config: DiscordConfig): DiscordPayload {
  const { event } = message;
  const title = truncateText(singleLine(cleanText(message.title)) || singleLine(cleanText(String(event.type ?? ''))) || 'Alert', L.title);
  const source = singleLine(cleanText(String(event.source ?? '')));
  const footer = truncateText([severityStyle(message.severity).label, source].filter(Boolean).join(' · '), L.footerText);
  const body = cleanText(message.body).trim();
  const budget = L.embedTotal - title.length - footer.length;
  const fields = fitFields(
    message.fields.map((f) => ({ label: cleanText(String(f.label ?? '')), value: cleanText(String(f.value ?? '')) })),
    budget - Math.min(truncateText(body, L.description).length, MIN_DESCRIPTION),
  );
  const description = truncateText(body, Math.min(L.description, budget - fields.reduce((sum, f) => sum + fieldCost(f), 0)));
  const url = safeUrl(message.url);
  const timestamp = isoTimestamp(event.timestamp);
  const embed: DiscordEmbed = {
    title,
    ...(url ? { url } : {}),
    ...(description ? { description } : {}),
    color: severityColorNumber(message.severity),
    ...(fields.length > 0 ? { fields } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
    ...(timestamp ? { timestamp } : {}),
  };
  const mention = config.mention ? truncateText(cleanText(config.mention), L.content) : '';
  return {
    ...(mention ? { content: mention } : {}),
    ...(config.username ? { username: config.username } : {}),
    ...(config.avatarUrl ? { avatar_url: config.avatarUrl } : {}),
    embeds: [embed],
    // Nothing pings unless the admin turned it on — and even then only the configured mention text can.
    allowed_mentions: { parse: config.allowMentions ? ['users', 'roles', 'everyone'] : [] },
  };
}
