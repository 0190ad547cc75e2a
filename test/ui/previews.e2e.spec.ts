import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { callApi, CHROMIUM, screenshot, startUiStack, type UiStack } from './ui.stack.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[]; html: string }> }> }> } }).axe.run();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html}`).join(', ')}`);
  });
}

const EVENT = { type: 'disk.full', source: 'astranetmon', severity: 'critical', subject: 'Disk full on db-1', data: { host: 'db-1', free: '2%' } };

// Issue 14 point 6: each channel's dry run drawn as its platform shows it, from the plugin's own payload;
// and the deliveries log naming send nodes by their labels.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('UI: platform previews and delivery labels (Chromium)', () => {
  let stack: UiStack;
  let receiver: WebhookReceiver;
  let routeId: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver(SECRET);
    stack = await startUiStack();
    const { base } = stack;
    const channel = async (name: string, pluginId: string, config: Record<string, unknown>) => {
      const created = await callApi(base, 'POST', '/v1/channels', { name, pluginId, config });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.id;
    };
    const ids = {
      email: await channel('Ops mail', 'email', { host: 'smtp.example.com', from: 'alerts@example.com', to: ['ops@example.com'] }),
      telegram: await channel('Ops Telegram', 'telegram', { botToken: '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAA', chatId: '-1001234567890' }),
      pagerduty: await channel('On-call PagerDuty', 'pagerduty', { routingKey: 'R0UT1NGKEYR0UT1NGKEYR0UT1NGKEY12', component: 'postgres' }),
      webhook: await channel('Ops webhook', 'webhook', { url: receiver.url, signing: { secret: SECRET } }),
    };
    const sends = Object.entries(ids).map(([plugin, channelId]) => ({ id: `send-${plugin}`, type: 'send', label: `Tell ${plugin}`, config: { channelId } }));
    const created = await callApi(base, 'POST', '/v1/routes', {
      name: 'Disks everywhere',
      graph: {
        nodes: [
          { id: 'trigger', type: 'trigger', config: { eventTypes: ['disk.*'] } },
          { id: 'template-1', type: 'template', config: { title: '{{subject}}', body: 'Only **{{data.free}}** left on {{data.host}}' } },
          ...sends,
        ],
        edges: [{ source: 'trigger', target: 'template-1' }, ...sends.map((s) => ({ source: 'template-1', target: s.id }))],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    routeId = created.body.id;
    await stack.page.goto(stack.signInUrl);
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it('dry-runs a route to email, Telegram, PagerDuty and a webhook, each previewed as its platform shows it', async () => {
    const { page, base } = stack;
    await page.goto(`${base}/routes/${routeId}`);
    await page.getByTestId('node-send-webhook').waitFor();
    await page.getByRole('button', { name: 'Test' }).click();
    await page.getByText('Paste JSON').click();
    await page.getByRole('textbox', { name: 'Event JSON' }).fill(JSON.stringify(EVENT, null, 2)); // already formatted: the blur's reformat must not move the button
    await page.getByRole('button', { name: 'Run dry run' }).click();
    const card = (plugin: string) => page.getByTestId(`rendered-send-send-${plugin}`);
    await card('webhook').waitFor();

    // Email: subject and recipients in the header; the HTML part itself, rendered in its sandboxed frame.
    await card('email').scrollIntoViewIfNeeded();
    expect(await card('email').getByTestId('email-subject').textContent()).toBe('[Signalbox] [CRITICAL] Disk full on db-1');
    expect(await card('email').getByTestId('preview-email').textContent()).toContain('ops@example.com');
    const mail = page.frameLocator('[data-testid="rendered-send-send-email"] iframe');
    await expect.poll(() => mail.locator('body').textContent()).toContain('Disk full on db-1');
    expect(await mail.locator('strong', { hasText: '2%' }).count()).toBe(1);
    await screenshot(page, 'preview-email');
    await card('email').getByText('Plain text').click();
    expect(await card('email').getByTestId('email-text').textContent()).toMatch(/^\[CRITICAL\] Disk full on db-1\n\nOnly 2% left on db-1/);

    // Telegram: the bot's HTML text, bold title and bold value as Telegram draws them.
    await card('telegram').scrollIntoViewIfNeeded();
    expect(await card('telegram').locator('[data-testid="telegram-text"] strong').allTextContents()).toEqual(['Disk full on db-1', '2%']);
    await screenshot(page, 'preview-telegram');

    // PagerDuty: the Events API v2 event: summary, severity (critical stays critical), source host, component.
    await card('pagerduty').scrollIntoViewIfNeeded();
    expect(await card('pagerduty').getByTestId('pagerduty-summary').textContent()).toBe('Disk full on db-1');
    expect(await card('pagerduty').getByTestId('pagerduty-severity').textContent()).toBe('critical');
    expect(await card('pagerduty').getByTestId('preview-pagerduty').textContent()).toMatch(/Sourcedb-1.*Componentpostgres/);
    await screenshot(page, 'preview-pagerduty');

    // Webhook: the Standard Webhooks headers named, the signature described, never a secret; the JSON body.
    await card('webhook').scrollIntoViewIfNeeded();
    const headers = card('webhook').getByTestId('webhook-headers');
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) await headers.getByText(name, { exact: true }).waitFor();
    expect(await headers.textContent()).toContain('v1,<base64 HMAC-SHA256>');
    expect(JSON.parse((await card('webhook').getByTestId('webhook-body').textContent())!)).toMatchObject({ type: 'disk.full', data: { message: { title: 'Disk full on db-1' } } });
    expect(await page.content()).not.toContain(SECRET);
    await screenshot(page, 'preview-webhook');

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(stack.pageErrors).toEqual([]);
  });

  it('the deliveries log names the send node by its label, not its id', async () => {
    const { page, base } = stack;
    const route = await callApi(base, 'POST', '/v1/routes', {
      name: 'Disks to the receiver',
      graph: {
        nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['disk.*'] } }, { id: 'send-1', type: 'send', label: 'Wake the receiver', config: { channelId: (await callApi<{ items: Array<{ id: string; name: string }> }>(base, 'GET', '/v1/channels')).body.items.find((c) => c.name === 'Ops webhook')!.id } }],
        edges: [{ source: 'trigger', target: 'send-1' }],
      },
    });
    expect((await callApi(base, 'POST', `/v1/routes/${route.body.id}/publish`)).status).toBe(200);
    expect((await callApi(base, 'POST', '/v1/events', EVENT)).status).toBe(202);
    await receiver.waitFor(1, 60_000);
    await page.goto(`${base}/deliveries`);
    const row = page.getByRole('row', { name: /Delivery / }).filter({ hasText: 'Disks to the receiver' });
    await expect.poll(() => row.getByTestId('delivery-node').textContent(), { timeout: 20_000 }).toBe('Wake the receiver');
    expect(await row.getByTestId('delivery-node').getAttribute('title')).toBe('send-1');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(stack.pageErrors).toEqual([]);
  });
});
