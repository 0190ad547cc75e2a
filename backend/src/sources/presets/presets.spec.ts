import { eventCatalogue, systemSlug } from '@signalbox/route-model';
import { describe, expect, it } from 'vitest';
import { alertmanagerSample, grafanaSample } from '../testing/alerting.samples.js';
import { mapToEvents } from '../source.map.js';
import { presetById } from './index.js';

const context = { id: '00000000-0000-4000-8000-000000000001', name: 'Test source', mapping: null, severityOverrides: {} };

// Signalbox's own events (signalbox.*) are emitted by the worker, never posted by another tool.
const productEntries = () => eventCatalogue().filter((entry) => systemSlug(entry.system) !== 'signalbox');

describe('seed product presets map every documented sample onto its catalogue type', () => {
  it.each(productEntries().map((entry) => [systemSlug(entry.system), entry.type, entry] as const))('%s %s', async (presetId, type, entry) => {
    const events = await mapToEvents(presetById(presetId)!, context, entry.sample.data);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type, source: 'Test source', data: entry.sample.data });
    expect(events[0]!.id).toMatch(/^hook:[\w-]+:[0-9a-f]{40}$/);
  });

  it("Nemo's upper-case severities and Server Scout's words are normalised", async () => {
    const nemo = eventCatalogue().filter((entry) => entry.system === 'Nemo Router');
    const severities = await Promise.all(nemo.map(async (entry) => (await mapToEvents(presetById('nemo-router')!, context, entry.sample.data))[0]!.severity));
    expect(severities).toEqual(['high', 'warning', 'warning', 'info', 'critical', 'info']);
    const scout = eventCatalogue().find((entry) => entry.system === 'Server Scout')!;
    expect((await mapToEvents(presetById('server-scout')!, context, scout.sample.data))[0]).toMatchObject({ severity: 'critical', subject: expect.stringContaining('web-server-01 HTTP down') });
  });

  it('the same body maps to the same id (idempotent redelivery); a different one does not', async () => {
    const body = eventCatalogue()[0]!.sample.data;
    const [a] = await mapToEvents(presetById('nestai')!, context, body);
    const [b] = await mapToEvents(presetById('nestai')!, context, structuredClone(body));
    const [c] = await mapToEvents(presetById('nestai')!, context, { ...body, message: 'other' });
    expect(a!.id).toBe(b!.id);
    expect(c!.id).not.toBe(a!.id);
  });
});

describe('Alertmanager and Grafana', () => {
  it('one event per alert, status and fingerprint kept, resolved timestamped at its end', async () => {
    const events = await mapToEvents(presetById('alertmanager')!, context, alertmanagerSample);
    expect(events).toMatchObject([
      { type: 'alertmanager.alert', severity: 'critical', timestamp: '2026-04-01T10:00:00.000Z', subject: '[FIRING] HighLatency on api-1:8080: API p99 latency above 2s', data: { status: 'firing', fingerprint: 'b1c2d3e4f5a60718', alertname: 'HighLatency' } },
      { type: 'alertmanager.alert', timestamp: '2026-04-01T09:55:00.000Z', data: { status: 'resolved', fingerprint: 'c2d3e4f5a6071829' } },
    ]);
    expect(events[0]!.id).not.toBe(events[1]!.id);
  });

  it('Grafana keeps its links and value', async () => {
    const [event] = await mapToEvents(presetById('grafana')!, context, grafanaSample);
    expect(event).toMatchObject({ type: 'grafana.alert', severity: 'warning', data: { status: 'firing', fingerprint: '57c6d9296de2ad39', dashboardURL: 'https://grafana.example.com/d/abc' } });
  });

  it('a body without alerts[] names the field', async () => {
    await expect(mapToEvents(presetById('alertmanager')!, context, { status: 'firing' })).rejects.toThrow('alerts: must be an array of alerts');
    await expect(mapToEvents(presetById('grafana')!, context, { alerts: [{ status: 'pending' }] })).rejects.toThrow('alerts[0].status: must be "firing" or "resolved"');
  });
});

describe('custom JSONata mapping', () => {
  const custom = (mapping: string) => ({ ...context, mapping });
  it('maps any JSON, one event or many', async () => {
    const body = { checks: [{ name: 'db', state: 'DOWN', level: 'P1' }, { name: 'cache', state: 'UP', level: 'P4' }] };
    const events = await mapToEvents(presetById('custom')!, custom('checks.{"type": "check." & $lowercase(state), "severity": level, "subject": name, "data": $}'), body);
    expect(events).toMatchObject([{ type: 'check.down', severity: 'critical', subject: 'db' }, { type: 'check.up', severity: 'info', subject: 'cache' }]);
  });

  it.each([
    ['a syntax error, with its position', '{"type": ', /^mapping: .*at character/],
    ['nothing matched', 'missing.field', /^mapping: produced nothing/],
    ['no type', '{"subject": "x"}', /^result\.type: must be a non-empty string/],
    ['an unknown field', '{"type": "x", "colour": "red"}', /^result\.colour: is not an event field/],
    ['a runaway recursion', '($f := function($n) { $f($n + 1) }; $f(0))', /^mapping: /],
  ])('%s → an error naming it', async (_label, mapping, message) => {
    await expect(mapToEvents(presetById('custom')!, custom(mapping), { a: 1 })).rejects.toThrow(message);
  });
});
