import type { Message } from '@signalbox/plugin-sdk';
import { defaultMessage, eventCatalogue } from '@signalbox/plugin-sdk/testing';

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

export { recordingLogger, testHttpClient } from '@signalbox/plugin-sdk/testing';
