import { createHttpClient, type ChannelLogger, type ClosableHttpClient } from '@signalbox/plugin-sdk';
import { defaultMessage, eventCatalogue, type Message } from '@signalbox/route-model';

export const ROUTING_KEY = 'R0UT1NGKEYs3cr3tAAAAAAAAAAAAAAAA';

/** A seed event's default message (escape 'none', as for this channel). `index` picks among same-type events. */
export function catalogueMessage(type: string, index = 0): Message {
  const entry = eventCatalogue().filter((candidate) => candidate.type === type)[index];
  if (!entry) throw new Error(`no catalogue event ${type}`);
  return defaultMessage(entry.sample);
}

export function allCatalogueMessages(): Message[] {
  return eventCatalogue().map((entry) => defaultMessage(entry.sample));
}

export function recordingLogger(): ChannelLogger & { text(): string } {
  const lines: string[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  return { info: at('info'), warn: at('warn'), error: at('error'), text: () => lines.join('\n') };
}

export function testHttpClient(): ClosableHttpClient {
  return createHttpClient({ allowPrivateNetworks: true, timeoutMs: 2000 });
}
