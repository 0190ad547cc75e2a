import { emptyMessage, hostileMessage, sampleMessage } from '@signalbox/plugin-sdk/testing';
import { createRequire } from 'node:module';
import type { Message } from '@signalbox/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { formatTeams } from './teams.format.js';

// The package's ESM build (lib/) uses extensionless imports Node cannot load; its UMD bundle runs in Node
// without a DOM for parsing and validation.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

/** Everything Microsoft's Adaptive Cards SDK reports while parsing and validating the card. */
function cardIssues(message: Message): string[] {
  const content = formatTeams(message).attachments[0]!.content;
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(content, context);
  const issues = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i)!.message);
  const validation = card.validateProperties();
  return [...issues, ...validation.validationEvents.map((event) => event.message)];
}

describe('the cards parse with the adaptivecards package without a single error', () => {
  it.each([
    ['a regular alert', sampleMessage()],
    ['hostile input', hostileMessage()],
    ['an all-empty message', emptyMessage()],
    ['each severity', sampleMessage({ severity: 'critical' })],
    ['info', sampleMessage({ severity: 'info' })],
  ])('%s', (_, message) => {
    expect(cardIssues(message)).toEqual([]);
  });

  it('the parser does report problems (so the zero above means something)', () => {
    const card = new AC.AdaptiveCard();
    const context = new AC.SerializationContext();
    card.parse({ type: 'AdaptiveCard', version: '1.4', body: [{ type: 'Bogus' }, { type: 'TextBlock', text: 'x', color: 'purple' }] }, context);
    expect(context.eventCount + card.validateProperties().validationEvents.length).toBeGreaterThan(0);
  });
});
