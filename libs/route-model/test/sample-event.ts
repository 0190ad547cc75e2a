import type { SignalboxEvent } from '../src/event.schema.js';

/** A representative event for specs (not exported from the package). */
export function sampleEvent(overrides: Partial<SignalboxEvent> = {}): SignalboxEvent {
  return {
    id: 'evt-1',
    type: 'service.health.down',
    source: 'ai-admin-panel',
    severity: 'high',
    timestamp: '2026-03-29T15:00:00Z',
    subject: 'Service my-app health check failing',
    data: {
      status: 'down',
      service: 'my-app',
      status_code: 503,
      latency: '250',
      started_at: '2026-03-29T14:55:00Z',
      level: 'CRITICAL',
      tags: ['prod', 'eu'],
      items: [{ name: 'first' }, 'second'],
      metadata: { region: 'nbg1', healthy: false, note: null },
    },
    ...overrides,
  };
}
