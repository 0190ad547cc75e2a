import type { Delivery } from '../../api/deliveries.js';

export interface ChannelHealth {
  lastSuccessAt: string | null;
  failureRate: number | null;
  sample: number;
}

/** Health from the channel's most recent deliveries (finished ones only: pending says nothing yet). */
export function channelHealth(deliveries: Delivery[]): ChannelHealth {
  const finished = deliveries.filter((d) => d.status === 'delivered' || d.status === 'failed');
  const lastSuccess = finished.filter((d) => d.status === 'delivered').map((d) => d.deliveredAt ?? d.createdAt).sort().at(-1);
  return {
    lastSuccessAt: lastSuccess ?? null,
    failureRate: finished.length ? finished.filter((d) => d.status === 'failed').length / finished.length : null,
    sample: finished.length,
  };
}
