import type { SignalboxEvent } from '@signalbox/route-model';
import { create } from 'zustand';

/**
 * The sample event the editor previews against — shared by the filter's field picker, the template's
 * live preview and the test panel, so choosing it once carries through the whole route.
 */
interface SampleState {
  /** Index into the catalogue (types can repeat: one system documents two "alert" payloads). */
  catalogueIndex: number | null;
  /** An event pasted as JSON; takes precedence over the catalogue choice while set. */
  pasted: SignalboxEvent | null;
  chooseCatalogue(index: number | null): void;
  paste(event: SignalboxEvent | null): void;
}

export const useSampleStore = create<SampleState>()((set) => ({
  catalogueIndex: null,
  pasted: null,
  chooseCatalogue: (catalogueIndex) => set({ catalogueIndex, pasted: null }),
  paste: (pasted) => set({ pasted }),
}));
