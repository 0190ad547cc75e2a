import type { SignalboxEvent } from './event.schema.js';
import type { EscapeMode, Message } from './message.js';
import { defaultMessage, messageUrl } from './message.default.js';
import type { RouteNode } from './route.schema.js';
import { RenderBudget, TEMPLATE_BUDGET, TemplateBudgetError, withBudget } from './template.budget.js';
import { compileTemplate } from './template.compile.js';
import { truncateText } from './text.format.js';

export { TemplateSyntaxError } from './template.compile.js';
export { RenderBudget, ROUTE_TEMPLATE_BUDGET, TEMPLATE_BUDGET, TemplateBudgetError } from './template.budget.js';
export { defaultMessage } from './message.default.js';
export { TEMPLATE_HELPER_NAMES, BUILT_IN_HELPERS } from './template.helpers.js';
export { SEVERITY_STYLE, severityColorNumber, severityStyle, type SeverityStyle } from './severity.style.js';
export { escapeText, ESCAPE_MODES } from './template.escape.js';

export type TemplateConfig = Extract<RouteNode, { type: 'template' }>['config'];

/** Rendered output is capped (with an ellipsis) so an `{{#each}}` over a huge payload cannot produce megabytes. */
export const MAX_RENDERED_LENGTH = 100_000;

/** A template that compiled but failed while rendering (rare: missing fields render empty and never fail). */
export class TemplateRenderError extends Error {
  constructor(
    message: string,
    readonly template: string,
    /** Over TEMPLATE_BUDGET: the template does too much work for this event. */
    readonly overBudget = false,
  ) {
    super(message);
    this.name = 'TemplateRenderError';
  }
}

/** The template's view of an event: its fields at the top level (`{{data.status}}`) and under `event`. */
export function templateContext(event: SignalboxEvent, extra?: Record<string, unknown>): Record<string, unknown> {
  return { ...event, event, ...extra };
}

export interface RenderOptions {
  escape: EscapeMode;
  /** Shared by the parts of one message; a fresh TEMPLATE_BUDGET when omitted. */
  budget?: RenderBudget;
  /** A wider budget the render also counts against: one per route and event (ROUTE_TEMPLATE_BUDGET). */
  within?: RenderBudget;
  /** More top-level names for the template, e.g. `group` for a digest after a group node. */
  extra?: Record<string, unknown>;
}

/**
 * Renders one Handlebars source against an event (compiled templates cached per source and escape mode).
 * Throws TemplateSyntaxError when the source does not compile, and TemplateBudgetError (a
 * TemplateRenderError) as soon as the render goes over its budget of steps or characters.
 */
export function renderTemplate(source: string, event: SignalboxEvent, options: RenderOptions): string {
  const template = compileTemplate(source, options.escape);
  let rendered: string;
  try {
    rendered = withBudget(options.budget ?? new RenderBudget(TEMPLATE_BUDGET, options.within), () => template(templateContext(event, options.extra)));
  } catch (error) {
    if (error instanceof TemplateBudgetError) throw new TemplateRenderError(`Template is over its rendering budget: ${error.message}`, source, true);
    throw new TemplateRenderError(`Template failed to render: ${error instanceof Error ? error.message : String(error)}`, source);
  }
  return truncateText(rendered, MAX_RENDERED_LENGTH);
}

/**
 * Renders a template node's title/body/fields with the channel's escape mode into a neutral Message.
 * The url is rendered unescaped and kept only when it is an http(s) URL; fields that render empty are dropped;
 * an empty title falls back to the default message's title.
 */
export function renderMessage(
  config: TemplateConfig, event: SignalboxEvent, options: { escape: EscapeMode; within?: RenderBudget; extra?: Record<string, unknown> },
): Message {
  // One budget for the whole message: many fields cannot multiply the work a single template may do.
  const budget = new RenderBudget(TEMPLATE_BUDGET, options.within);
  const extra = options.extra ? { extra: options.extra } : {};
  const render = (source: string) => renderTemplate(source, event, { escape: options.escape, budget, ...extra }).trim();
  const url = config.url ? messageUrl(renderTemplate(config.url, event, { escape: 'none', budget, ...extra }).trim()) : undefined;
  const fields = (config.fields ?? [])
    .map((field) => ({ label: render(field.label), value: render(field.value) }))
    .filter((field) => field.value !== '');
  return {
    title: render(config.title) || defaultMessage(event, options).title,
    body: render(config.body ?? ''),
    severity: event.severity,
    fields,
    ...(url ? { url } : {}),
    event,
  };
}
