import type { HelperOptions } from 'handlebars';
import { duration, formatDate, timeAgo } from './date.helpers.js';
import { severityStyle } from './severity.style.js';
import { ensureRoom } from './template.budget.js';
import { displayValue, humanize, truncateText } from './text.format.js';
import { compareValues, looseEquals } from './value.compare.js';

/** Handlebars' own idea of truthy: empty arrays are false, as in `{{#if}}`. */
const truthy = (value: unknown) => (Array.isArray(value) ? value.length > 0 : Boolean(value));
const ordered = (accept: (difference: number) => boolean) => (left: unknown, right: unknown) => {
  const difference = compareValues(left, right);
  return difference !== undefined && accept(difference);
};

type TemplateHelper = (args: unknown[], options: HelperOptions) => unknown;

/** The fixed, documented helper set. Nothing else is callable from a template. */
export const TEMPLATE_HELPERS: Record<string, TemplateHelper> = {
  formatDate: ([value, pattern, timeZone]) => formatDate(value, pattern, timeZone),
  timeAgo: ([value, relativeTo], options) =>
    timeAgo(value, relativeTo ?? (options.data?.root as { timestamp?: unknown } | undefined)?.timestamp),
  duration: ([value, unit]) => duration(value, unit),
  upper: ([value]) => displayValue(value).toUpperCase(),
  lower: ([value]) => displayValue(value).toLowerCase(),
  humanize: ([value]) => humanize(displayValue(value)),
  truncate: ([value, length]) => truncateText(displayValue(value), typeof length === 'number' ? length : Number(length) || 100),
  default: ([value, fallback]) => (value === undefined || value === null || value === '' ? fallback : value),
  // A missing value is JSON null, so a template that builds JSON stays valid when a field is absent.
  json: ([value, indent]) => JSON.stringify(value, null, typeof indent === 'number' ? indent : undefined) ?? 'null',
  join: ([value, separator]) => {
    if (!Array.isArray(value)) return displayValue(value);
    const glue = typeof separator === 'string' ? separator : ', ';
    // A long separator from the event times a long list multiplies; refuse before building it.
    ensureRoom(glue.length * Math.max(0, value.length - 1));
    return value.map(displayValue).join(glue);
  },
  eq: ([left, right]) => looseEquals(left, right),
  ne: ([left, right]) => !looseEquals(left, right),
  gt: ([left, right]) => ordered((d) => d > 0)(left, right),
  gte: ([left, right]) => ordered((d) => d >= 0)(left, right),
  lt: ([left, right]) => ordered((d) => d < 0)(left, right),
  lte: ([left, right]) => ordered((d) => d <= 0)(left, right),
  and: (args) => args.length > 0 && args.every(truthy),
  or: (args) => args.some(truthy),
  not: ([value]) => !truthy(value),
  severityEmoji: ([value]) => severityStyle(value).emoji,
  severityColor: ([value]) => severityStyle(value).color,
};

export const TEMPLATE_HELPER_NAMES = Object.keys(TEMPLATE_HELPERS);

/** Handlebars' built-in block helpers that stay available (`log` is removed: templates do no I/O). */
export const BUILT_IN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup'] as const;
