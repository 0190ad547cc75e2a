import { deliverMessage } from '@signalbox/plugin-sdk/host';
import { alertFingerprint, alertRuleFor, type AlertContext, type Message } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pagerduty from './index.js';
import { startFakePagerduty, type FakePagerduty } from './pagerduty.fake-api.js';
import { catalogueMessage, recordingLogger, ROUTING_KEY, testHttpClient } from './pagerduty.test-kit.js';

const http = testHttpClient();
let fake: FakePagerduty;
beforeAll(async () => {
  fake = await startFakePagerduty();
});
afterAll(async () => {
  await http.close();
  await fake.close();
});

const deliver = (message: Message, idempotencyKey: string) =>
  deliverMessage(pagerduty, { message, config: { routingKey: ROUTING_KEY, apiBaseUrl: fake.url }, idempotencyKey, attempt: 1, isTest: false, http, logger: recordingLogger() });

/** A catalogue message as the worker hands it over: with the alert context its alert-state step computed. */
function withAlert(type: string, kind: AlertContext['kind']): Message {
  const message = catalogueMessage(type);
  const fingerprint = alertFingerprint(message.event, alertRuleFor(message.event)!.rule);
  const alert: AlertContext = kind === 'problem'
    ? { kind, status: 'open', fingerprint, count: 1, openedAt: message.event.timestamp }
    : { kind, status: 'resolved', fingerprint, count: 1, durationMs: 420_000, durationText: '7 minutes' };
  return { ...message, event: { ...message.event, alert } };
}

describe('pagerduty channel: alert pairs', () => {
  it('service.health.down → trigger, service.health.recovered → resolve with the trigger\'s dedup_key (the alert fingerprint)', async () => {
    await expect(deliver(withAlert('service.health.down', 'problem'), 'dlv_down')).resolves.toMatchObject({ ok: true, statusCode: 202 });
    const trigger = fake.events.at(-1)!;
    expect(trigger).toMatchObject({ event_action: 'trigger', dedup_key: 'ai-admin-panel:service.health:Acme Corp/my-app' });
    expect(fake.alerts.get('ai-admin-panel:service.health:Acme Corp/my-app')).toBe('triggered');

    await expect(deliver(withAlert('service.health.recovered', 'recovery'), 'dlv_up')).resolves.toMatchObject({ ok: true, statusCode: 202 });
    expect(fake.events.at(-1)).toEqual({ routing_key: ROUTING_KEY, event_action: 'resolve', dedup_key: trigger.dedup_key });
    expect(fake.alerts.get(trigger.dedup_key as string)).toBe('resolved');
  });

  it('the alert decides the action even when the data says otherwise (AstraNetmon previous_status "online")', async () => {
    await deliver(withAlert('agent.status_changed', 'problem'), 'dlv_agent');
    expect(fake.events.at(-1)).toMatchObject({ event_action: 'trigger', dedup_key: 'astra-netmon:agent.status:agent-123' });
  });
});

describe('fake PagerDuty: the documented shape of a resolve', () => {
  const post = (body: unknown) => fetch(`${fake.url}/v2/enqueue`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('a resolve without dedup_key or without routing_key is a 400 naming the field', async () => {
    const noKey = await post({ routing_key: ROUTING_KEY, event_action: 'resolve' });
    expect(noKey.status).toBe(400);
    expect(((await noKey.json()) as { errors: string[] }).errors).toContain("'dedup_key' is required for resolve events");
    const noRouting = await post({ event_action: 'resolve', dedup_key: 'k' });
    expect(noRouting.status).toBe(400);
    expect(JSON.stringify(await noRouting.json())).toContain('routing_key');
  });

  it('a resolve naming no open alert is accepted and changes nothing', async () => {
    const response = await post({ routing_key: ROUTING_KEY, event_action: 'resolve', dedup_key: 'never-triggered' });
    expect(response.status).toBe(202);
    expect(fake.alerts.has('never-triggered')).toBe(false);
  });
});
