// Scheduled summaries: what the `scheduledSummary` workflow takes and what its summary event carries.
// Pure types and constants (safe in the workflow sandbox).

/** The internal event a schedule tick injects; it runs through the route's template/throttle/send like any event. */
export const SUMMARY_EVENT_TYPE = 'signalbox.summary';
export const SCHEDULED_SUMMARY_WORKFLOW = 'scheduledSummary';

/** One Temporal Schedule per route with a schedule trigger. */
export const summaryScheduleId = (tenantId: string, routeId: string) => `signalbox-summary-${tenantId}-${routeId}`;

/** The schedule's action args: the route is looked up at each tick, so a republish needs no new args. */
export interface ScheduledSummaryInput {
  tenantId: string;
  routeId: string;
}

export interface SummaryCount {
  key: string;
  count: number;
}

export interface SummaryChannelCount {
  channelId: string;
  /** The channel's name, or its id when it was deleted since. */
  key: string;
  count: number;
  delivered: number;
  failed: number;
}

/** `data` of a `signalbox.summary` event. Lists are sorted by count, largest first. */
export interface ScheduleSummaryData {
  title: string;
  routeId: string;
  routeName: string;
  window: { from: string; to: string; cron: string; timeZone: string };
  /** Events received in the window (summaries themselves are not counted). */
  total: number;
  byType: SummaryCount[];
  bySeverity: SummaryCount[];
  /** Each event's outcome as the events feed shows it when the summary is built. */
  byOutcome: SummaryCount[];
  /** Deliveries created in the window, per channel. */
  byChannel: SummaryChannelCount[];
  topSources: SummaryCount[];
  /** Alerts open when the summary is built; null where this installation keeps no alert state. */
  openAlerts: { count: number } | null;
}

export interface ScheduledSummaryResult {
  /** The summary event injected, or null when the route is no longer live (nothing is sent). */
  eventId: string | null;
  summary: ScheduleSummaryData | null;
}
