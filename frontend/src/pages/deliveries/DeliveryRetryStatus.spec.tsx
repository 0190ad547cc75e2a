import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeliveryDetail } from '../../api/deliveries.js';
import { renderWithProviders } from '../../testing/renderWithProviders.js';
import { DeliveryRetryStatus } from './DeliveryRetryStatus.js';

const base: DeliveryDetail = {
  id: 'd-1', eventId: 'e-1', routeId: 'r', routeVersionId: 'v', nodeId: 's', channelId: 'c', status: 'retrying', attempts: 2,
  lastStatusCode: 503, lastError: 'HTTP 503', createdAt: '2026-12-01T00:00:00Z', deliveredAt: null, silenceId: null, muteTimingId: null, idempotencyKey: 'k', message: null,
  updatedAt: '2026-12-01T00:00:05Z', maxAttempts: 8, nextAttemptAt: '2026-12-01T00:05:05Z', cancellable: true, attemptList: [],
};

afterEach(() => vi.unstubAllGlobals());

describe('DeliveryRetryStatus', () => {
  it('says "attempt N of M" with the next attempt time, and Cancel retry posts the cancel', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ id: 'd-1', cancelled: true }), { status: 202, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    renderWithProviders(<DeliveryRetryStatus delivery={base} />);
    expect(screen.getByTestId('retry-status').textContent).toMatch(/^Attempt 2 of 8 failed; next at .+Cancel retry$/);
    fireEvent.click(screen.getByRole('button', { name: /cancel retry/i }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const sent = (fetch.mock.calls[0] as unknown[])[0];
    expect(sent instanceof Request ? `${sent.method} ${sent.url}` : String(sent)).toContain('POST http://localhost:3000/v1/deliveries/d-1/cancel');
  });

  it('shows the hold reason for a held delivery, and nothing for a settled one', () => {
    const { unmount } = renderWithProviders(<DeliveryRetryStatus delivery={{ ...base, status: 'held', lastError: 'held: channel "Ops" is paused (sent when it resumes; fails after 24 h)' }} />);
    expect(screen.getByTestId('retry-status').textContent).toContain('held: channel "Ops" is paused');
    unmount();
    renderWithProviders(<DeliveryRetryStatus delivery={{ ...base, status: 'delivered', cancellable: false }} />);
    expect(screen.queryByTestId('retry-status')).toBeNull();
  });
});
