import type { SignalboxEvent } from '@signalbox/route-model';
import type { EventTypeItem } from '../../api/eventTypes.js';
import type { EventListItem } from '../../api/events.js';
import type { SampleChoice } from './useSampleStore.js';

export interface SampleOption { value: string; label: string }
export interface SampleGroup { group: string; items: SampleOption[] }

/** Select values name the kind too: a seen type's sample is a real event, and may also be listed as one. */
export const choiceValue = (choice: SampleChoice) => `${choice.kind}:${choice.id}`;
export function parseChoice(value: string | null): SampleChoice | null {
  const match = value === null ? null : /^(sample|event):(.+)$/s.exec(value);
  return match ? { kind: match[1] as SampleChoice['kind'], id: match[2]! } : null;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });

export function eventLabel(event: Pick<EventListItem, 'type' | 'source' | 'subject' | 'receivedAt'>): string {
  return `${event.type} · ${event.subject ?? event.source} · ${when(event.receivedAt)}`;
}

function sampleOptions(entry: EventTypeItem): SampleOption[] {
  const samples: SignalboxEvent[] = [entry.sample, ...(entry.variants ?? [])];
  const origin = entry.source === 'seen' ? `latest seen from ${entry.system}` : entry.system;
  const about = entry.adminDescription || entry.description;
  return samples.map((sample) => ({
    value: choiceValue({ kind: 'sample', id: sample.id }),
    label: `${entry.type} · ${origin}${samples.length > 1 ? ` · ${sample.severity}` : ''}${about ? ` — ${about}` : ''}`,
  }));
}

/**
 * Picker groups: the trigger's recent real events, then catalogue samples that match the route (seen types
 * first), then every other sample. Mantine wants each value once, so a repeated value is dropped.
 */
export function sampleGroups(recent: EventListItem[], all: EventTypeItem[], matching: EventTypeItem[], extra?: SampleOption): SampleGroup[] {
  const matchingSet = new Set(matching);
  const bySeenFirst = (a: EventTypeItem, b: EventTypeItem) => Number(b.source === 'seen') - Number(a.source === 'seen');
  const used = new Set<string>();
  const once = (items: SampleOption[]) => items.filter((o) => !used.has(o.value) && used.add(o.value));
  return [
    { group: 'Recent events', items: once([...recent.map((e) => ({ value: choiceValue({ kind: 'event', id: e.id }), label: eventLabel(e) })), ...(extra ? [extra] : [])]) },
    { group: 'Matches this route', items: once([...matching].sort(bySeenFirst).flatMap(sampleOptions)) },
    { group: 'Other events', items: once(all.filter((e) => !matchingSet.has(e)).flatMap(sampleOptions)) },
  ].filter((g) => g.items.length > 0);
}
