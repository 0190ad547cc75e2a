// The outcome SQL lives in @signalbox/db so the worker's scheduled summaries count outcomes the same way the feed shows them.
export { EVENT_OUTCOMES, eventOutcomeSql, outcomePrefilter, type EventOutcome } from '@signalbox/db';
