import { eventTypeMatches, SUMMARY_EVENT_TYPE, type SignalboxEvent } from '@signalbox/route-model';
import { useMemo } from 'react';
import { useEventTypes, type EventTypeItem } from '../../api/eventTypes.js';
import { useEditorStore } from '../store/editorStore.js';
import { useChosenEvent } from './useRecentEvents.js';
import { useSampleChoice, useSampleStore } from './useSampleStore.js';

function safeMatches(pattern: string, type: string): boolean {
  try {
    return eventTypeMatches(pattern, type);
  } catch {
    return pattern === '*' || pattern === type || (pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1)));
  }
}

/** The trigger's type patterns (a scheduled route only ever sees its summaries). */
export function useTriggerPatterns(): string[] {
  const joined = useEditorStore((s) => {
    const trigger = s.nodes.find((n) => n.type === 'trigger');
    const config = trigger?.data.config as { eventTypes?: string[]; schedule?: object } | undefined;
    if (config?.schedule) return SUMMARY_EVENT_TYPE;
    return config?.eventTypes?.join('\n') ?? '*';
  });
  return useMemo(() => joined.split('\n'), [joined]);
}

/** Catalogue entries (built-in and seen) that the route's trigger would accept, listed first in pickers. */
export function useMatchingCatalogue(): { all: EventTypeItem[]; matching: EventTypeItem[]; patterns: string[]; isPending: boolean } {
  const catalogue = useEventTypes();
  const patterns = useTriggerPatterns();
  return useMemo(() => {
    const all = catalogue.data ?? [];
    return { all, matching: all.filter((entry) => patterns.some((p) => safeMatches(p, entry.type))), patterns, isPending: catalogue.isPending };
  }, [catalogue.data, catalogue.isPending, patterns]);
}

/** Every sample an entry offers: its own, then one per other documented severity. */
export const samplesOf = (entry: EventTypeItem): SignalboxEvent[] => [entry.sample, ...(entry.variants ?? [])];

/**
 * The event previews render against: pasted JSON, else the route's chosen sample or real event, else the first
 * catalogue sample that matches the trigger.
 */
export function useSampleEvent(): SignalboxEvent | null {
  const { all, matching } = useMatchingCatalogue();
  const pasted = useSampleStore((s) => s.pasted);
  const { choice } = useSampleChoice();
  const chosenEvent = useChosenEvent(choice?.kind === 'event' ? choice.id : null);
  if (pasted) return pasted;
  if (choice?.kind === 'event' && chosenEvent.data) return chosenEvent.data;
  const chosen = choice?.kind === 'sample' ? all.flatMap(samplesOf).find((s) => s.id === choice.id) : undefined;
  return chosen ?? (matching[0] ?? all[0])?.sample ?? null;
}
