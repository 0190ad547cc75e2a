import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { API_KEY, callApi, CHROMIUM, startUiStack, type UiStack } from './ui.stack.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** axe-core injected into the signed-in page (AxeBuilder wants a page from its own context, and would sign out). */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
  });
}

// The finish a new admin notices: a first-run panel, labels and walk order, full badges, page titles,
// a usable editor at 1024×700, dark mode from the system, and no serious accessibility problems on any page.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('UI: finish (Chromium)', () => {
  let stack: UiStack;
  let receiver: WebhookReceiver;
  let routeId: string;
  let eventId: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver(SECRET);
    stack = await startUiStack();
    await stack.page.goto(stack.signInUrl);
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it('shows a first-run panel with the ingest URL, a curl with the admin key and the API docs, until an event arrives', async () => {
    const { page, base } = stack;
    const panel = page.getByTestId('first-run');
    await panel.waitFor();
    expect(await panel.getByText(`${base}/v1/events`).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('first-run-curl').textContent()).toContain(`Bearer ${API_KEY}`);
    expect(await panel.getByRole('link', { name: 'API docs' }).getAttribute('href')).toBe('/docs');
    expect(await page.title()).toBe('Routes · Signalbox');

    const channel = await callApi(base, 'POST', '/v1/channels', { name: 'Ops webhook', pluginId: 'webhook', config: { url: receiver.url, signing: { secret: SECRET } } });
    const created = await callApi(base, 'POST', '/v1/routes', {
      name: 'Health to ops',
      graph: {
        // Declared out of walk order on purpose: the event page must still list trigger → filter → template → send.
        nodes: [
          { id: 'send-1', type: 'send', label: 'Tell ops', config: { channelId: channel.body.id } },
          { id: 'template-1', type: 'template', label: 'Format', config: { title: '{{subject}}', body: 'Down: {{source}}' } },
          { id: 'filter-1', type: 'filter', label: 'Only bad ones', config: { condition: { combinator: 'and', rules: [{ field: 'severity', operator: 'severity_at_least', value: 'warning' }] } } },
          { id: 'trigger', type: 'trigger', label: 'Health alerts', config: { eventTypes: ['service.health.down'] } },
        ],
        edges: [{ source: 'trigger', target: 'filter-1' }, { source: 'filter-1', target: 'template-1' }, { source: 'template-1', target: 'send-1' }],
      },
    });
    routeId = created.body.id;
    expect((await callApi(base, 'POST', `/v1/routes/${routeId}/publish`)).status).toBe(200);
    const sent = await callApi(base, 'POST', '/v1/events', { type: 'service.health.down', source: 'api', severity: 'critical', subject: 'API down' });
    eventId = sent.body.id;
    await panel.waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('names steps by their labels, in walk order, with full status badges at 1280 px', async () => {
    const { page, base } = stack;
    await page.goto(`${base}/events/${eventId}`);
    await page.locator('[data-node="send-1"]').getByText('Tell ops').waitFor({ timeout: 60_000 });
    expect(await page.locator('tr[data-node]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-node')))).toEqual(['trigger', 'filter-1', 'template-1', 'send-1']);
    await page.getByRole('link', { name: 'Tell ops' }).waitFor({ timeout: 60_000 }); // the delivery row
    expect(await page.title()).toBe('Event · Signalbox');
    for (const path of ['/events', `/events/${eventId}`, '/routes']) {
      await page.goto(`${base}${path}`);
      await page.locator('.mantine-Badge-root').first().waitFor();
      const cut = await page.locator('.mantine-Badge-label').evaluateAll((labels) => labels.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent));
      expect(cut, path).toEqual([]);
    }
  });

  it('titles every page', async () => {
    const { page, base } = stack;
    for (const [path, title] of [['/channels', 'Channels · Signalbox'], ['/events', 'Events · Signalbox'], ['/deliveries', 'Deliveries · Signalbox'], [`/routes/${routeId}`, 'Health to ops · Routes · Signalbox']]) {
      await page.goto(`${base}${path}`);
      await expect.poll(() => page.title()).toBe(title);
    }
  });

  it('leaves the canvas most of a 1024×700 screen with the inspector open, the palette folded', async () => {
    const { page, base } = stack;
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(`${base}/routes/${routeId}`);
    await page.getByTestId('node-send-1').click();
    await page.getByRole('textbox', { name: 'Label' }).waitFor();
    await page.getByRole('button', { name: 'Show palette' }).waitFor();
    const width = (await page.locator('.react-flow').boundingBox())!.width;
    expect(width).toBeGreaterThan(480);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('follows the system dark mode', async () => {
    const { page, base } = stack;
    await page.goto(`${base}/events`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('has no serious or critical accessibility violations on any page', async () => {
    const { page, base } = stack;
    const report: string[] = [];
    for (const [path, ready] of [['/routes', 'Health to ops'], [`/routes/${routeId}`, 'Tell ops'], ['/channels', 'Ops webhook'], ['/events', 'API down'], [`/events/${eventId}`, 'Tell ops'], ['/deliveries', 'Health to ops']]) {
      await page.goto(`${base}${path}`);
      await page.getByText(ready!).first().waitFor();
      for (const v of (await axeViolations(page)).filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        report.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
    expect(report).toEqual([]);
    expect(stack.pageErrors).toEqual([]);
  });
});
