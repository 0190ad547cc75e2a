import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { callApi, CHROMIUM, startUiStack, type UiStack } from './ui.stack.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

// An editor that cannot mislead, and cannot lose work: the crash path of "Send for real", publish guards,
// a loop drawn on top of an existing edge flagged on the node, and Ctrl+S while typing.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('UI: editor guards (Chromium)', () => {
  let stack: UiStack;
  let receiver: WebhookReceiver;
  let routeId: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver(SECRET);
    stack = await startUiStack();
    const channel = await callApi(stack.base, 'POST', '/v1/channels', { name: 'Ops webhook', pluginId: 'webhook', config: { url: receiver.url, signing: { secret: SECRET } } });
    expect(channel.status, JSON.stringify(channel.body)).toBe(201);
    const created = await callApi(stack.base, 'POST', '/v1/routes', {
      name: 'Health to ops',
      graph: {
        nodes: [
          { id: 'trigger', type: 'trigger', config: { eventTypes: ['service.health.down'] } },
          { id: 'filter-1', type: 'filter', label: 'Only bad ones', config: { condition: { combinator: 'and', rules: [{ field: 'severity', operator: 'severity_at_least', value: 'warning' }] } } },
          { id: 'template-1', type: 'template', label: 'Format', config: { title: '{{subject}}', body: 'Down: {{source}}' } },
          { id: 'send-1', type: 'send', label: 'Tell ops', config: { channelId: channel.body.id } },
        ],
        edges: [{ source: 'trigger', target: 'filter-1' }, { source: 'filter-1', target: 'template-1' }, { source: 'template-1', target: 'send-1' }],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    routeId = created.body.id;
    expect((await callApi(stack.base, 'POST', `/v1/routes/${routeId}/publish`)).status).toBe(200);
    await stack.page.goto(stack.signInUrl);
    await stack.page.getByText('Health to ops').waitFor();
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  const publishButton = () => stack.page.getByRole('button', { name: 'Publish', exact: true });

  it('keeps Publish disabled while the draft equals the live version, and Disable asks first, then Enable exists', async () => {
    const { page, base } = stack;
    await page.goto(`${base}/routes/${routeId}`);
    await page.getByTestId('node-send-1').waitFor();
    await expect.poll(() => publishButton().isDisabled()).toBe(true);
    expect(await page.getByText('unpublished changes').count()).toBe(0);

    await page.getByRole('button', { name: 'Disable' }).click();
    await page.getByRole('dialog', { name: 'Disable this route?' }).waitFor();
    await page.getByRole('button', { name: 'Disable route' }).click();
    await page.getByRole('button', { name: 'Enable' }).click();
    await page.getByRole('button', { name: 'Disable' }).waitFor();
    expect((await callApi<{ status: string }>(base, 'GET', `/v1/routes/${routeId}`)).body.status).toBe('published');
  });

  it('saves with Ctrl+S while typing in a text field, shows "unpublished changes", and publishes with a note', async () => {
    const { page } = stack;
    await page.getByTestId('node-send-1').click();
    const label = page.getByRole('textbox', { name: 'Label' });
    await label.fill('Tell the ops team');
    await label.press('Control+s');
    await page.getByText('Draft saved').waitFor();
    await page.getByText('unpublished changes').waitFor();
    expect((await callApi<{ graph: { nodes: { id: string; label?: string }[] } }>(stack.base, 'GET', `/v1/routes/${routeId}`)).body.graph.nodes.find((n) => n.id === 'send-1')?.label).toBe('Tell the ops team');

    await expect.poll(() => publishButton().isEnabled()).toBe(true);
    await publishButton().click();
    await page.getByRole('textbox', { name: 'Note (optional)' }).fill('Friendlier send label');
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published v2').waitFor();
    await expect.poll(() => publishButton().isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Versions' }).click();
    await page.getByTestId('version-note').filter({ hasText: 'Friendlier send label' }).waitFor();
    await page.getByRole('button', { name: 'Versions' }).click();
  });

  it('flags a loop drawn on top of an existing edge on the node, and Publish stays disabled', async () => {
    const { page } = stack;
    await page.keyboard.press('Escape');
    await page.locator('[data-id="template-1"] .react-flow__handle.source').dragTo(page.locator('[data-id="filter-1"] .react-flow__handle.target'));
    await page.locator('[data-id="filter-1"] [role="alert"], [data-id="template-1"] [role="alert"]').filter({ hasText: /loop/ }).first().waitFor();
    expect(await publishButton().isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('[data-invalid="true"]').count()).toBe(0);
  });

  it('"Send for real" shows a toast with a link to Deliveries and keeps the editor and its unsaved edit', async () => {
    const { page } = stack;
    await page.getByTestId('node-template-1').click();
    await page.getByRole('textbox', { name: 'Label' }).fill('Format it nicely');
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    await page.getByRole('button', { name: 'Send for real' }).click();
    const toast = page.locator('.mantine-Notification-root').filter({ hasText: /Event (routed|recorded)/ });
    await toast.waitFor();
    expect(await toast.getByRole('link', { name: 'Deliveries' }).count()).toBe(1);
    await page.getByTestId('node-template-1').getByText('Format it nicely').waitFor();
    expect(await page.getByText('unsaved').count()).toBeGreaterThan(0);
    expect(stack.pageErrors).toEqual([]);
  });
});
