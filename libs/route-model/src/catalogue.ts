// CONTRACT STUB — implemented by the route-model work from seed-events.json (copied from shared/fixtures).
import type { SignalboxEvent } from './event.schema.js';

export interface CatalogueEntry {
  system: string;
  type: string;
  description: string;
  /** A ready-to-post Signalbox event built from the system's documented payload. */
  sample: SignalboxEvent;
}

export function eventCatalogue(): CatalogueEntry[] {
  throw new Error('not implemented');
}
