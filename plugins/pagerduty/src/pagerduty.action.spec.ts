import type { SignalboxEvent } from '@signalbox/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { eventAction } from './pagerduty.action.js';

const event = (data: Record<string, unknown>, type = 'alert'): SignalboxEvent => ({ id: 'e', type, source: 's', severity: 'high', timestamp: '2026-01-01T00:00:00Z', data });

describe('eventAction', () => {
  it.each([
    [{ status: 'down' }, 'trigger'],
    [{ status: 'recovered' }, 'resolve'],
    [{ status: 'RESOLVED' }, 'resolve'],
    [{ status: ' ok ' }, 'resolve'],
    [{ status: 'up' }, 'resolve'],
    [{ state: 'cleared' }, 'resolve'],
    [{ status: 'acknowledged' }, 'acknowledge'],
    [{ event_action: 'resolve', status: 'down' }, 'resolve'],
    [{ event_action: 'trigger', status: 'ok' }, 'trigger'],
    [{ status: 'down', state: 'ok' }, 'trigger'],
    [{ status: 42, state: 'ok' }, 'resolve'],
    [{}, 'trigger'],
  ])('%j → %s', (data, expected) => {
    expect(eventAction(event(data))).toBe(expected);
  });

  it('a type ending in .recovered / .resolved resolves when the data says nothing', () => {
    expect(eventAction(event({}, 'service.health.recovered'))).toBe('resolve');
    expect(eventAction(event({}, 'incident.resolved'))).toBe('resolve');
    expect(eventAction(event({}, 'service.health.down'))).toBe('trigger');
  });
});
