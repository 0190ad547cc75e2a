import type { SignalboxEvent } from '@signalbox/route-model';
import { useParams } from 'react-router';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** A catalogue sample (built-in, a severity variant, or a seen type's latest event) or one real event of the feed. */
export type SampleChoice = { kind: 'sample'; id: string } | { kind: 'event'; id: string };

/**
 * The sample event the editor previews against — shared by the filter's field picker, the template's
 * live preview and the test panel, so choosing it once carries through the whole route. The choice is
 * remembered per route (in localStorage), so a reload previews the same event, not the catalogue's first.
 */
interface SampleState {
  /** Route id → its chosen sample. */
  choices: Record<string, SampleChoice>;
  /** An event pasted as JSON; takes precedence over the chosen sample while set (not remembered). */
  pasted: SignalboxEvent | null;
  choose(routeId: string, choice: SampleChoice | null): void;
  paste(event: SignalboxEvent | null): void;
}

export const SAMPLE_STORAGE_KEY = 'signalbox.sample-choices';

export const useSampleStore = create<SampleState>()(
  persist(
    (set) => ({
      choices: {},
      pasted: null,
      choose: (routeId, choice) =>
        set((state) => {
          const { [routeId]: _previous, ...others } = state.choices;
          return { choices: choice ? { ...others, [routeId]: choice } : others, pasted: null };
        }),
      paste: (pasted) => set({ pasted }),
    }),
    { name: SAMPLE_STORAGE_KEY, storage: createJSONStorage(() => localStorage), partialize: (state) => ({ choices: state.choices }) },
  ),
);

/** The route being edited (from the address) and its remembered choice. */
export function useSampleChoice(): { routeId: string; choice: SampleChoice | null; choose: (choice: SampleChoice | null) => void } {
  const { routeId = '' } = useParams();
  const choice = useSampleStore((s) => s.choices[routeId] ?? null);
  const choose = useSampleStore((s) => s.choose);
  return { routeId, choice, choose: (next) => choose(routeId, next) };
}
