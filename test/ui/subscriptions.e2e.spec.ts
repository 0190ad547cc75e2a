import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { callApi, CHROMIUM, screenshot, startUiStack, type UiStack } from './ui.stack.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Violation[] }> } }).axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

type Envelope = { data: { event: { id: string } } };

// Issue 14 point 1: a channel's "which events go here" page, saved as a generated route that delivers at once.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('UI: channel subscriptions (Chromium)', () => {
  let stack: UiStack;
  let receiver: WebhookReceiver;
  let channelId: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver(SECRET);
    stack = await startUiStack();
    await stack.page.goto(stack.signInUrl);
    const channel = await callApi(stack.base, 'POST', '/v1/channels', { name: 'Ops webhook', pluginId: 'webhook', config: { url: receiver.url, signing: { secret: SECRET } } });
    channelId = channel.body.id;
    // Traffic before anything is subscribed: the page counts it per type.
    for (const severity of ['warning', 'critical']) {
      expect((await callApi(stack.base, 'POST', '/v1/events', { type: 'ssl.expiring', source: 'ai-admin-panel', severity, subject: 'shop.example.com expires in 7 days' })).status).toBe(202);
    }
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it("opens from the channel row on the catalogue's defaults, grouped by product, with 24 h counts", async () => {
    const { page, base } = stack;
    await page.goto(`${base}/channels`);
    await page.getByRole('row', { name: /Ops webhook/ }).getByRole('link', { name: 'Subscriptions' }).click();
    await page.waitForURL(`${base}/channels/${channelId}/subscriptions`);
    await page.getByRole('heading', { name: 'Which events go to Ops webhook' }).waitFor();

    const box = (type: string) => page.getByRole('checkbox', { name: type, exact: true });
    expect(await box('deploy.failure').isChecked()).toBe(true); // AI Admin Panel: on by default
    expect(await box('service.stopped').isChecked()).toBe(false); // documented off
    expect(await box('server_status').isChecked()).toBe(false); // NestAI documents no default
    expect(await page.getByRole('region', { name: 'NestAI' }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('count-ssl.expiring').textContent()).toBe('2 in 24 h');
    expect(await page.getByRole('link', { name: 'Open the generated route' }).count()).toBe(0);
  });

  it('saves a ticked type and a severity floor as a live route the editor shows as generated', async () => {
    const { page, base } = stack;
    await page.getByRole('checkbox', { name: 'service.stopped', exact: true }).check();
    // Select all on a product ticks every one of its types.
    await page.getByRole('checkbox', { name: 'All Nemo Router events' }).check();
    expect(await page.getByRole('checkbox', { name: 'budget.threshold', exact: true }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: 'All Nemo Router events' }).uncheck();
    await page.getByRole('combobox', { name: 'Severity at least' }).click();
    await page.getByRole('option', { name: 'High and above' }).click();
    await page.getByRole('button', { name: 'Save subscriptions' }).click();
    await page.getByRole('status').getByText('Saved and live.').waitFor();

    expect(await seriousViolations(page)).toEqual([]);
    // The picture shows the product with documented defaults and traffic (AI Admin Panel), above the save bar.
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.getByRole('heading', { name: 'AI Admin Panel' }).evaluate((heading) => {
      heading.closest('section')!.scrollIntoView();
      window.scrollBy(0, -72); // below the app's fixed header
    });
    await screenshot(page, 'subscriptions');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('link', { name: 'Open the generated route' }).click();
    await page.waitForURL(/\/routes\/[0-9a-f-]{36}$/);
    const banner = page.getByTestId('generated-route-banner');
    await expect.poll(() => banner.textContent()).toContain('Generated from the subscriptions of channel Ops webhook');
    await page.locator('.react-flow__node[data-id="severity"]').waitFor();
    await banner.getByRole('link').click();
    await page.waitForURL(`${base}/channels/${channelId}/subscriptions`);
    expect(await page.getByRole('checkbox', { name: 'service.stopped', exact: true }).isChecked()).toBe(true);
  });

  it('delivers a subscribed event at the floor to the channel at once', async () => {
    const { page, base } = stack;
    const sent = await callApi(base, 'POST', '/v1/events', { type: 'service.stopped', source: 'ai-admin-panel', severity: 'critical', subject: 'billing worker stopped', data: { customer: 'acme', service: 'billing' } });
    expect(sent.status).toBe(202);
    await page.goto(`${base}/events/${sent.body.id}`);
    await expect.poll(() => page.getByText('delivered', { exact: true }).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(receiver.received.filter((r) => (r.body as Envelope).data.event.id === sent.body.id)).toHaveLength(1);
    expect(stack.pageErrors).toEqual([]);
  });
});
