import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../api/deliveries.js';
import { routeKeys } from '../../api/routes.js';
import { renderWithProviders } from '../../testing/renderWithProviders.js';
import { useDeliveryNodeLabels } from './useDeliveryNodeLabels.js';

const delivery = (nodeId: string, routeVersionId = 'v-1'): Delivery => ({
  id: `d-${nodeId}`, eventId: 'e', routeId: 'r', routeVersionId, nodeId, channelId: 'c', status: 'delivered', attempts: 1,
  lastStatusCode: 200, lastError: null, createdAt: '2026-12-01T00:00:00Z', deliveredAt: null,
  silenceId: null, muteTimingId: null, eventType: null, eventSubject: null, routeName: null, resendOf: null, errorClass: null,
});
const graph = { nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['x'] } }, { id: 'send-1', type: 'send', label: 'Tell ops', config: { channelId: 'c' } }], edges: [] };

function Labels({ rows }: { rows: Delivery[] }) {
  const label = useDeliveryNodeLabels(rows);
  return <ul>{rows.map((d) => <li key={d.id}>{label(d)}</li>)}</ul>;
}

describe('useDeliveryNodeLabels', () => {
  it("names each delivery's node from the route version it ran against, a resend as such, the id while unknown", () => {
    renderWithProviders(<Labels rows={[delivery('send-1'), delivery('send-1#resend-k1'), delivery('send-9', 'v-unknown')]} />, [
      [routeKeys.versions('r') as unknown as unknown[], [{ id: 'v-1', version: 1 }]],
      [routeKeys.version('r', 1) as unknown as unknown[], { id: 'v-1', version: 1, graph }],
    ]);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Tell ops', 'Tell ops · resend', 'send-9']);
  });
});
