// CONTRACT STUB — implemented by the route-model work. Signatures are relied on by the worker, API and plugins.
import type { SignalboxEvent } from './event.schema.js';
import type { EscapeMode, Message } from './message.js';
import type { RouteNode } from './route.schema.js';

export type TemplateConfig = Extract<RouteNode, { type: 'template' }>['config'];

/** A template that does not compile; `message` names the line and what is wrong. */
export class TemplateSyntaxError extends Error {
  constructor(message: string, readonly template: string) {
    super(message);
  }
}

/** Renders one Handlebars source against an event (compiled templates cached by source hash). */
export function renderTemplate(_source: string, _event: SignalboxEvent, _options: { escape: EscapeMode }): string {
  throw new Error('not implemented');
}

/** Renders a template node's title/body/url/fields into a neutral Message. */
export function renderMessage(_config: TemplateConfig, _event: SignalboxEvent, _options: { escape: EscapeMode }): Message {
  throw new Error('not implemented');
}

/** The message sent when a route has no template node before a send node. */
export function defaultMessage(_event: SignalboxEvent): Message {
  throw new Error('not implemented');
}
