import type { ChannelLogger } from '@signalbox/plugin-sdk';
import type { Message } from '@signalbox/plugin-sdk';
import { defaultMessage, eventCatalogue } from '@signalbox/plugin-sdk/testing';

/** A seed event's default message, HTML-escaped as the template step does for this channel. */
export function catalogueMessage(type = 'alert', index = 0): Message {
  const entry = eventCatalogue().filter((candidate) => candidate.type === type)[index];
  if (!entry) throw new Error(`no catalogue event ${type}`);
  return { ...defaultMessage(entry.sample, { escape: 'html' }), url: 'https://scout.example.com/alerts/12345' };
}

export function recordingLogger(): ChannelLogger & { text(): string } {
  const lines: string[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  return { info: at('info'), warn: at('warn'), error: at('error'), text: () => lines.join('\n') };
}
