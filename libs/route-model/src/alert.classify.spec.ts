import { describe, expect, it } from 'vitest';
import { alertFingerprint, alertRuleFor, classifyAlert, durationText, sendResolvedSkip } from './alert.classify.js';
import { eventCatalogue } from './catalogue.js';
import type { SignalboxEvent } from './event.schema.js';
import { defaultMessage } from './message.default.js';
import { matchesTrigger } from './trigger.match.js';

const samples = eventCatalogue();
const sample = (type: string, index = 0): SignalboxEvent => samples.filter((entry) => entry.type === type)[index]!.sample;
const fingerprintOf = (event: SignalboxEvent) => alertFingerprint(event, alertRuleFor(event)!.rule);

describe('classifyAlert and alertFingerprint on the seed products', () => {
  it.each([
    ['service.health.down', 0, 'problem'],
    ['service.health.recovered', 0, 'recovery'],
    ['alert', 0, 'problem'],
    ['alert', 1, 'recovery'],
    ['agent.status_changed', 0, 'problem'],
    ['signalbox.channel.failing', 0, 'problem'],
    ['signalbox.channel.recovered', 0, 'recovery'],
    ['speedtest.completed', 0, 'none'],
    ['quota.warning', 0, 'none'],
  ] as const)('%s #%i → %s', (type, index, kind) => {
    expect(classifyAlert(sample(type, index))).toBe(kind);
  });

  it('problem and recovery share one fingerprint; another subject gets another', () => {
    expect(fingerprintOf(sample('service.health.down'))).toBe('ai-admin-panel:service.health:Acme Corp/my-app');
    expect(fingerprintOf(sample('service.health.recovered'))).toBe(fingerprintOf(sample('service.health.down')));
    expect(fingerprintOf(sample('alert', 1))).toBe(fingerprintOf(sample('alert', 0)));
    const other = { ...sample('service.health.down'), data: { ...sample('service.health.down').data, service: 'billing' } };
    expect(fingerprintOf(other)).not.toBe(fingerprintOf(sample('service.health.down')));
  });

  it('AstraNetmon: offline is the problem, online the recovery, by agent', () => {
    const offline = sample('agent.status_changed');
    const online = { ...offline, data: { ...offline.data, data: { agent_id: 'agent-123', previous_status: 'offline', current_status: 'online' } } };
    expect(classifyAlert(online)).toBe('recovery');
    expect(fingerprintOf(online)).toBe(fingerprintOf(offline));
  });

  it('an event carrying data.fingerprint uses it as is; an over-long one is cut with a hash', () => {
    const event = { ...sample('service.health.down'), data: { fingerprint: 'my-own-key' } };
    expect(fingerprintOf(event)).toBe('my-own-key');
    const long = fingerprintOf({ ...event, data: { fingerprint: 'x'.repeat(400) } });
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long).not.toBe(fingerprintOf({ ...event, data: { fingerprint: `${'x'.repeat(399)}y` } }));
  });

  it('the catalogue declares each pair on its entries', () => {
    expect(samples.find((entry) => entry.type === 'service.health.recovered')!.alert).toEqual({
      kind: 'recovery', family: 'service.health', problemType: 'service.health.down', recoveryType: 'service.health.recovered',
    });
  });
});

describe('recovery delivery', () => {
  it('a trigger on the problem type also matches its paired recovery type, nothing else', () => {
    const trigger = { eventTypes: ['service.health.down'] };
    expect(matchesTrigger(trigger, sample('service.health.recovered'))).toBe(true);
    expect(matchesTrigger(trigger, sample('service.started'))).toBe(false);
    expect(matchesTrigger({ eventTypes: ['service.health.down'], sources: ['nestai'] }, sample('service.health.recovered'))).toBe(false);
  });

  it('send_resolved off skips recoveries only', () => {
    expect(sendResolvedSkip({ sendResolved: false }, sample('service.health.recovered'))).toMatch(/send_resolved off/);
    expect(sendResolvedSkip({ sendResolved: false }, sample('service.health.down'))).toBeUndefined();
    expect(sendResolvedSkip({}, sample('service.health.recovered'))).toBeUndefined();
  });

  it('the default message of a recovery says how long the problem lasted', () => {
    const event: SignalboxEvent = {
      ...sample('service.health.recovered'),
      alert: { kind: 'recovery', status: 'resolved', fingerprint: 'f', count: 1, durationMs: 420_000, durationText: durationText(420_000) },
    };
    expect(defaultMessage(event).body).toBe('Service my-app recovered\nResolved after 7 minutes.');
  });

  it.each([
    [0, '0 seconds'], [45_000, '45 seconds'], [60_000, '1 minute'], [420_000, '7 minutes'], [421_000, '7 minutes 1 second'],
    [3_900_000, '1 hour 5 minutes'], [3_605_000, '1 hour'], [2 * 86_400_000 + 3 * 3_600_000, '2 days 3 hours'],
  ])('durationText(%i) = %s', (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });
});
