import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { callApi, CHROMIUM, startUiStack, type UiStack } from './ui.stack.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const down = (minutes: number) => ({
  id: randomUUID(), type: 'service.health.down', source: 'ai-admin-panel', severity: 'high', timestamp: new Date(Date.parse('2026-03-29T15:00:00Z') + minutes * 60_000).toISOString(),
  subject: 'Service checkout health check failing', data: { service: 'checkout', customer: 'Acme Corp', message: 'Service checkout health check failing' },
});

// An on-call engineer's view: the service that is down is listed as an open alert; once its recovery
// arrives it moves to the Resolved tab, saying how long the problem lasted.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('UI: alerts (Chromium)', () => {
  let stack: UiStack;
  let receiver: WebhookReceiver;
  const post = async (event: object) => expect((await callApi(stack.base, 'POST', '/v1/events', event)).status).toBe(202);
  const alerts = async (status: string) => (await callApi<{ items: Array<{ id: string }> }>(stack.base, 'GET', `/v1/alerts?status=${status}`)).body.items;

  beforeAll(async () => {
    receiver = await startWebhookReceiver(SECRET);
    stack = await startUiStack();
    const channel = await callApi(stack.base, 'POST', '/v1/channels', { name: 'Ops', pluginId: 'webhook', config: { url: receiver.url, signing: { secret: SECRET } } });
    expect(channel.status, JSON.stringify(channel.body)).toBe(201);
    const route = await callApi(stack.base, 'POST', '/v1/routes', {
      name: 'Health', graph: {
        nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['service.health.down'] } }, { id: 'notify', type: 'send', config: { channelId: channel.body.id } }],
        edges: [{ source: 'trigger', target: 'notify' }],
      },
    });
    expect((await callApi(stack.base, 'POST', `/v1/routes/${route.body.id}/publish`)).status).toBe(200);
    await stack.page.goto(stack.signInUrl);
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it('lists the open alert with its count, then shows it resolved after 7 minutes', async () => {
    const { page } = stack;
    await post(down(0));
    await post(down(2));
    await expect.poll(async () => (await receiver.waitFor(2, 60_000)).length, { timeout: 60_000 }).toBe(2);

    await page.getByRole('link', { name: 'Alerts' }).click();
    await page.waitForURL(/\/alerts$/);
    const open = page.getByRole('table', { name: 'open alerts' });
    const row = open.getByRole('row').filter({ hasText: 'Service checkout health check failing' });
    await row.waitFor();
    expect(await row.innerText()).toContain('ai-admin-panel:service.health:Acme Corp/checkout');
    expect(await row.getByRole('cell').last().innerText()).toBe('2');

    await post({
      id: randomUUID(), type: 'service.health.recovered', source: 'ai-admin-panel', severity: 'info', timestamp: '2026-03-29T15:07:00Z',
      subject: 'Service checkout recovered', data: { service: 'checkout', customer: 'Acme Corp', message: 'Service checkout recovered' },
    });
    await expect.poll(() => alerts('resolved').then((items) => items.length), { timeout: 60_000 }).toBe(1);

    await page.getByRole('tab', { name: 'Resolved' }).click();
    const resolved = page.getByRole('table', { name: 'resolved alerts' }).getByRole('row').filter({ hasText: 'Service checkout health check failing' });
    await resolved.waitFor();
    expect(await resolved.innerText()).toContain('7 minutes');
    await page.getByRole('tab', { name: 'Open' }).click();
    await page.getByText('No open alerts').waitFor();
    expect(stack.pageErrors).toEqual([]);
  });
});
