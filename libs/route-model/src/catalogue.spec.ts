import { describe, expect, it } from 'vitest';
import { eventCatalogue, systemSlug } from './catalogue.js';
import { severityFromType } from './catalogue.severity.js';
import { eventInputSchema } from './event.schema.js';
import { defaultMessage } from './template.render.js';
import seedFile from './seed-events.json' with { type: 'json' };

const catalogue = eventCatalogue();
const seed = seedFile as unknown as { systems: Array<{ events: Array<{ type: string; native: unknown }> }> };

describe('eventCatalogue', () => {
  it('has one entry per documented event, duplicates kept', () => {
    const documented = seed.systems.reduce((total, system) => total + system.events.length, 0);
    expect(catalogue).toHaveLength(documented);
    expect(catalogue.filter((entry) => entry.type === 'alert')).toHaveLength(2);
  });

  it('uses stable, unique ids and the system slug as source', () => {
    expect(new Set(catalogue.map((entry) => entry.sample.id)).size).toBe(catalogue.length);
    expect(new Set(catalogue.map((entry) => entry.sample.source))).toEqual(
      new Set(['nestai', 'ai-admin-panel', 'astra-netmon', 'server-scout', 'nemo-router', 'signalbox']),
    );
    const alerts = catalogue.filter((entry) => entry.type === 'alert').map((entry) => entry.sample.id);
    expect(alerts).toEqual(['sample-server-scout-alert', 'sample-server-scout-alert-2']);
    expect(eventCatalogue()).toEqual(catalogue);
  });

  it.each(catalogue.map((entry) => [entry.sample.id, entry] as const))('%s parses, renders and keeps its payload', (_id, entry) => {
    expect(eventInputSchema.safeParse(entry.sample).success).toBe(true);
    const message = defaultMessage(entry.sample);
    expect(message.title.length).toBeGreaterThan(0);
    expect(message.fields).toContainEqual({ label: 'Source', value: entry.sample.source });
    const native = seed.systems.flatMap((system) => system.events).filter((event) => event.type === entry.type);
    expect(native.map((event) => event.native)).toContainEqual(entry.sample.data);
    expect(entry.description.length).toBeGreaterThan(0);
  });

  it.each([
    ['sample-server-scout-alert', 'critical', 'HTTP service is not responding on port 80', '2024-01-15T10:30:00Z'],
    ['sample-server-scout-alert-2', 'info', 'HTTP service is responding again on port 80', '2024-01-15T10:41:07Z'],
    ['sample-nemo-router-balance.low', 'high', '[Nemo Router] Budget depletion warning — balance below threshold', '2026-01-01T00:00:00Z'],
    ['sample-nemo-router-cost_leak.detected', 'critical', '[Nemo Router] Cost leak detected', '2026-01-01T00:00:00Z'],
    ['sample-nemo-router-budget.threshold', 'warning', '[Nemo Router] Budget 80% used', '2026-01-01T00:00:00Z'],
    ['sample-ai-admin-panel-deploy.failure', 'high', 'Service my-app failed to deploy', '2026-03-29T14:31:00Z'],
    ['sample-ai-admin-panel-quota.exceeded', 'high', 'Acme Corp exceeded its storage quota', '2026-03-30T12:00:00Z'],
    ['sample-ai-admin-panel-ssl.expiring', 'warning', 'Certificate for my-app.example.com expires in 6 days', '2026-03-30T00:00:00Z'],
    ['sample-ai-admin-panel-deploy.success', 'info', 'Service my-app deployed successfully', '2026-03-29T14:30:00Z'],
    ['sample-nestai-server_status', 'info', 'Server is now RUNNING', '2026-04-01T10:30:00Z'],
    ['sample-astra-netmon-service_test.failed', 'high', undefined, '2025-12-17T11:10:00Z'],
    ['sample-astra-netmon-threshold.alert', 'warning', undefined, '2025-12-17T11:15:00Z'],
  ])('%s: severity %s, subject and timestamp from the payload', (id, severity, subject, timestamp) => {
    const sample = catalogue.find((entry) => entry.sample.id === id)?.sample;
    expect(sample).toMatchObject({ severity, timestamp });
    expect(sample?.subject).toBe(subject);
  });

  it('records whether a type is subscribed by default where documented', () => {
    const byType = (type: string) => catalogue.find((entry) => entry.type === type);
    expect(byType('deploy.success')?.subscribedByDefault).toBe(true);
    expect(byType('service.stopped')?.subscribedByDefault).toBe(false);
    expect(byType('server_status')?.subscribedByDefault).toBeUndefined();
  });

  it('hands out copies', () => {
    eventCatalogue()[0]!.sample.data.mutated = true;
    expect(eventCatalogue()[0]!.sample.data.mutated).toBeUndefined();
  });
});

describe('catalogue helpers', () => {
  it.each([
    ['NestAI', 'nestai'],
    ['AI Admin Panel', 'ai-admin-panel'],
    ['AstraNetmon', 'astra-netmon'],
    ['Server Scout', 'server-scout'],
    ['Nemo Router', 'nemo-router'],
  ])('systemSlug(%s) = %s', (system, slug) => {
    expect(systemSlug(system)).toBe(slug);
  });

  it.each([
    ['deploy.failure', 'high'],
    ['service.health.down', 'high'],
    ['quota.exceeded', 'high'],
    ['service_test.failed', 'high'],
    ['quota.warning', 'warning'],
    ['ssl.expiring', 'warning'],
    ['deploy.success', 'info'],
    ['service.health.recovered', 'info'],
    ['downtime.report', 'info'],
  ])('severityFromType(%s) = %s', (type, severity) => {
    expect(severityFromType(type)).toBe(severity);
  });
});
