import { eventTypeMatches, SUMMARY_EVENT_TYPE, type CatalogueEntry, type SignalboxEvent } from '@signalbox/route-model';
import { useMemo } from 'react';
import { useEventTypes } from '../../api/eventTypes.js';
import { useEditorStore } from '../store/editorStore.js';
import { useSampleStore } from './useSampleStore.js';

function safeMatches(pattern: string, type: string): boolean {
  try {
    return eventTypeMatches(pattern, type);
  } catch {
    return pattern === '*' || pattern === type || (pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1)));
  }
}

/** Catalogue entries that the route's trigger would accept, listed first in pickers. */
export function useMatchingCatalogue(): { all: CatalogueEntry[]; matching: CatalogueEntry[]; isPending: boolean } {
  const catalogue = useEventTypes();
  const patterns = useEditorStore((s) => {
    const trigger = s.nodes.find((n) => n.type === 'trigger');
    const config = trigger?.data.config as { eventTypes?: string[]; schedule?: object } | undefined;
    if (config?.schedule) return SUMMARY_EVENT_TYPE; // a scheduled route only ever sees its summaries
    return config?.eventTypes?.join('\n') ?? '*';
  });
  return useMemo(() => {
    const all = catalogue.data ?? [];
    const list = patterns.split('\n');
    return { all, matching: all.filter((entry) => list.some((p) => safeMatches(p, entry.type))), isPending: catalogue.isPending };
  }, [catalogue.data, catalogue.isPending, patterns]);
}

/** The event previews render against: pasted JSON, else the chosen catalogue sample, else the first that matches the trigger. */
export function useSampleEvent(): SignalboxEvent | null {
  const { all, matching } = useMatchingCatalogue();
  const { catalogueIndex, pasted } = useSampleStore();
  if (pasted) return pasted;
  const chosen = catalogueIndex !== null ? all[catalogueIndex] : undefined;
  return (chosen ?? matching[0] ?? all[0])?.sample ?? null;
}
