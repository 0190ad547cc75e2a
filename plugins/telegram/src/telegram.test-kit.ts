import type { Message } from '@signalbox/plugin-sdk';
import { defaultMessage, eventCatalogue } from '@signalbox/plugin-sdk/testing';

export const TOKEN = '123456789:AAHsecretPartOfTheBotToken_xyz-0123';

/** A seed event's default message, escaped as the template step escapes for this channel. */
export function catalogueMessage(type = 'alert', index = 0): Message {
  const entry = eventCatalogue().filter((candidate) => candidate.type === type)[index];
  if (!entry) throw new Error(`no catalogue event ${type}`);
  return { ...defaultMessage(entry.sample, { escape: 'html' }), url: 'https://scout.example.com/alerts/12345' };
}

export function allCatalogueMessages(): Message[] {
  return eventCatalogue().map((entry) => defaultMessage(entry.sample, { escape: 'html' }));
}

export { recordingLogger, testHttpClient } from '@signalbox/plugin-sdk/testing';
