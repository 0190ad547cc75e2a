// A silence's life, as in Alertmanager: pending before startsAt, active until endsAt, then expired.
// Expiring a silence sets endsAt to now; extending moves endsAt later.
import { matchesAll, type SilenceMatcher } from './silence.matcher.js';

export const SILENCE_STATES = ['pending', 'active', 'expired'] as const;
export type SilenceState = (typeof SILENCE_STATES)[number];

export interface SilenceWindow {
  startsAt: Date | string;
  endsAt: Date | string;
}

export interface SilenceRule extends SilenceWindow {
  id: string;
  matchers: SilenceMatcher[];
  comment?: string;
  createdBy?: string;
}

const ms = (at: Date | string | number) => (at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at));

/** `at` inside [startsAt, endsAt) is active; before is pending; from endsAt on, expired. */
export function silenceState(silence: SilenceWindow, at: Date | number): SilenceState {
  const now = ms(at);
  if (now >= ms(silence.endsAt)) return 'expired';
  if (now < ms(silence.startsAt)) return 'pending';
  return 'active';
}

/** The first silence active at `at` whose matchers all hold for the event (oldest start first, so the answer is stable). */
export function findSilencing<S extends SilenceRule>(silences: readonly S[], event: unknown, at: Date | number): S | undefined {
  return [...silences]
    .filter((s) => silenceState(s, at) === 'active')
    .sort((a, b) => ms(a.startsAt) - ms(b.startsAt) || a.id.localeCompare(b.id))
    .find((s) => matchesAll(s.matchers, event));
}
