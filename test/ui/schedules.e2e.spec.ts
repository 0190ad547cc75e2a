import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { callApi, CHROMIUM, screenshot, startUiStack, type UiStack } from './ui.stack.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

// A scheduled summary as an admin builds it: switch the trigger to "On a schedule", see the next runs (and a
// bad cron named), publish, then pause, run now (a summary reaches the channel) and resume from the route page.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('UI: scheduled summaries (Chromium)', () => {
  let stack: UiStack;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await startWebhookReceiver(SECRET);
    stack = await startUiStack();
    await stack.page.goto(stack.signInUrl);
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it('switches a trigger to a schedule, previews its runs, publishes, and pauses / runs now / resumes it', async () => {
    const { page, base } = stack;
    const channel = await callApi(base, 'POST', '/v1/channels', { name: 'Ops webhook', pluginId: 'webhook', config: { url: receiver.url, signing: { style: 'standard-webhooks', secret: SECRET } } });
    expect(channel.status).toBe(201);
    const route = await callApi(base, 'POST', '/v1/routes', {
      name: 'NestAI daily usage',
      graph: {
        nodes: [
          { id: 'trigger', type: 'trigger', position: { x: 0, y: 0 }, config: { eventTypes: ['*'] } },
          { id: 'template', type: 'template', position: { x: 0, y: 150 }, config: { title: 'Daily: {{data.total}} events', body: '{{#each data.byType}}{{key}}={{count}} {{/each}}', fields: [] } },
          { id: 'send', type: 'send', position: { x: 0, y: 300 }, config: { channelId: channel.body.id } },
        ],
        edges: [{ source: 'trigger', target: 'template' }, { source: 'template', target: 'send' }],
      },
    });
    expect(route.status).toBe(201);
    expect((await callApi(base, 'POST', '/v1/events', { type: 'server_status', source: 'nestai', data: {} })).status).toBe(202);

    await page.goto(`${base}/routes/${route.body.id}`);
    const triggerNode = page.locator('.react-flow__node[data-id="trigger"]');
    const onSchedule = page.getByText('On a schedule', { exact: true });
    await expect.poll(async () => {
      await triggerNode.click();
      return onSchedule.isVisible();
    }, { timeout: 20_000, interval: 500 }).toBe(true);
    await onSchedule.click();

    const cron = page.getByRole('textbox', { name: 'Cron' });
    await cron.fill('0 25 * * *');
    await page.getByText('Invalid value for hour: 25', { exact: true }).waitFor(); // under the field (and in the issues list)
    await cron.fill('0 8 * * 1');
    await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Berlin');
    await page.keyboard.press('Escape'); // closes the zone suggestions
    const preview = page.getByTestId('schedule-preview');
    await expect.poll(() => preview.innerText()).toMatch(/Mon, \d+ \w+ \d{4}(,| at) 08:00/);
    await page.getByRole('button', { name: 'NestAI daily usage' }).click();
    await expect.poll(() => preview.innerText()).toMatch(/00:00 UTC/);
    await expect.poll(() => triggerNode.innerText()).toMatch(/on schedule 0 0 \* \* \* \(UTC\)/);
    await screenshot(page, 'editor-schedule-trigger');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByText('live v1').waitFor();

    const bar = page.getByTestId('schedule-bar');
    await bar.getByText('schedule active').waitFor();
    await bar.getByRole('button', { name: 'Pause' }).click();
    await bar.getByText('schedule paused').waitFor();
    await bar.getByText('no run until resumed').waitFor();
    await bar.getByRole('button', { name: 'Run now' }).click();
    await expect.poll(() => bar.getByTestId('schedule-runs').innerText()).toMatch(/^1 run, last/);
    const [summary] = await receiver.waitFor(1, 30_000);
    expect(JSON.stringify(summary!.body)).toContain('Daily: 1 events');
    expect(JSON.stringify(summary!.body)).toContain('server_status=1');
    await bar.getByRole('button', { name: 'Resume' }).click();
    await bar.getByText('schedule active').waitFor();
    await screenshot(page, 'editor-schedule-bar');
    expect(stack.pageErrors).toEqual([]);
  }, 120_000);
});
