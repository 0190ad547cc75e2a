import type { Message, SignalboxEvent } from '@signalbox/route-model';

/** Put in front of a test message's title so whoever reads the channel sees it was a test, not an incident. */
export const TEST_MESSAGE_MARKER = '[TEST]';
export const TEST_EVENT_TYPE = 'signalbox.test';

/**
 * The test event's data: flagged `test: true` at the top and under `details`, where the catalogue's services
 * (AI Admin Panel, Nemo Router) keep their payload, so a receiver or a custom body template reading either
 * finds a test marker and real structure, not a missing field.
 */
export const TEST_EVENT_DATA = { test: true, details: { test: true }, note: 'This is a test message sent from Signalbox.' } as const;

/**
 * The message "Send test message" delivers (`POST /v1/channels/:id/test`, with `ctx.isTest` true): severity
 * `info` whatever the event says — a test must never page anyone — and a visible marker in the title.
 * Plugins with urgency of their own (PagerDuty) should also downgrade when `ctx.isTest` is set.
 */
export function testMessage(event: Partial<SignalboxEvent> = {}, channelName?: string): Message {
  const full: SignalboxEvent = {
    id: event.id ?? `test-${Date.now().toString(36)}`,
    type: event.type ?? TEST_EVENT_TYPE,
    source: event.source ?? 'signalbox',
    severity: 'info',
    timestamp: event.timestamp ?? new Date().toISOString(),
    ...(event.subject !== undefined || channelName !== undefined ? { subject: event.subject ?? channelName } : {}),
    data: event.data ?? { ...TEST_EVENT_DATA, details: { ...TEST_EVENT_DATA.details } },
  };
  const target = channelName ? ` for channel "${channelName}"` : '';
  return {
    title: `${TEST_MESSAGE_MARKER} Signalbox test message${target}`,
    body: 'If you can read this, Signalbox can deliver to this channel. **No action is needed.**',
    severity: 'info',
    fields: [
      { label: 'Event type', value: full.type },
      { label: 'Sent at', value: full.timestamp },
    ],
    event: full,
  };
}

/** True for the message testMessage() builds (its event type), e.g. to skip paging integrations' escalation. */
export function isTestMessage(message: Pick<Message, 'event'>): boolean {
  return message.event.type === TEST_EVENT_TYPE;
}
