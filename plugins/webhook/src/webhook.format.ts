import { PermanentError } from '@signalbox/plugin-sdk';
import { renderTemplate, TemplateRenderError, TemplateSyntaxError, type Message } from '@signalbox/plugin-sdk';
import type { WebhookConfig } from './webhook.config.js';

export interface WebhookPayload {
  /** The JSON value sent (re-serialized canonically for x-nemo-signature). */
  value: unknown;
  /** A rendered custom body, sent byte for byte by the other signing styles. */
  raw?: string;
}

/**
 * Envelope (Standard Webhooks' recommended `{type, timestamp, data}` shape). `timestamp` is the event's own
 * time, not the send time, so every retry of a delivery carries an identical body.
 */
export function envelopeBody(message: Message): unknown {
  const { event } = message;
  return {
    type: event.type,
    timestamp: new Date(event.timestamp).toISOString(),
    data: {
      event,
      message: { title: message.title, body: message.body, severity: message.severity, fields: message.fields, url: message.url ?? null },
    },
  };
}

/** Renders the custom body template (values JSON-string-escaped) and insists the result is JSON. */
export function customBody(template: string, message: Message): WebhookPayload {
  let raw: string;
  try {
    raw = renderTemplate(template, message.event, { escape: 'json' }).trim();
  } catch (error) {
    // Saved configs are syntax-checked, but one stored before a helper was removed can still fail: retrying won't help.
    if (error instanceof TemplateSyntaxError) throw new PermanentError(`bodyTemplate does not compile: ${error.message}`);
    // Over its rendering budget for this event: the same event always will be, so no retry.
    if (error instanceof TemplateRenderError) throw new PermanentError(`bodyTemplate: ${error.message}`);
    throw error;
  }
  try {
    return { value: JSON.parse(raw) as unknown, raw };
  } catch (error) {
    throw new PermanentError(`bodyTemplate did not produce valid JSON (${(error as Error).message}); rendered: ${raw.slice(0, 200)}`);
  }
}

export function formatWebhook(message: Message, config: WebhookConfig): WebhookPayload {
  if (config.body === 'custom' && config.bodyTemplate) return customBody(config.bodyTemplate, message);
  return { value: envelopeBody(message) };
}
