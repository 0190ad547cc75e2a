import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { callApi, CHROMIUM, startUiStack, type UiStack } from './ui.stack.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CHANNEL_COUNT = 200;

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Violation[] }> } }).axe.run();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

type ChannelView = { id: string; name: string; config: Record<string, unknown>; destination: string | null };

// The Channels page as an admin uses it: header rows that show what is configured, validation while typing,
// a generated signing secret, a test before saving, masked destinations, Health after a test, and 200 channels.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('UI: channels form (Chromium)', () => {
  let stack: UiStack;
  let receiver: WebhookReceiver;
  let hookId: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver(SECRET);
    stack = await startUiStack();
    await stack.page.goto(stack.signInUrl);
    const created = await callApi(stack.base, 'POST', '/v1/channels', {
      name: 'Ops hook', pluginId: 'webhook',
      config: { url: `${receiver.url}/in/ops-receiver`, headers: { Authorization: 'Bearer one', 'X-Team': 'ops' }, signing: { secret: SECRET } },
    });
    hookId = created.body.id;
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  const drawer = () => stack.page.getByRole('dialog');
  /** Field errors as shown under their inputs (RJSF also keeps a hidden copy for aria-describedby). */
  const fieldErrors = (text: RegExp | string) => drawer().locator('.mantine-InputWrapper-error').filter({ hasText: text });
  const openEdit = async (name: string) => {
    await stack.page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: 'Edit channel' }).click();
    await drawer().getByText(`Edit ${name}`).waitFor();
  };

  it('lists where each channel points, masked', async () => {
    const { page, base } = stack;
    await page.goto(`${base}/channels`);
    const row = page.getByRole('row').filter({ hasText: 'Ops hook' });
    await expect.poll(() => row.getByTestId('channel-destination').textContent()).toBe(`POST ${new URL(receiver.url).host}/…/iver`);
    expect(await page.content()).not.toContain('ops-receiver');
  });

  it('edits headers as rows: names shown, values kept unless typed, rows removable, duplicates flagged', async () => {
    const { page, base } = stack;
    await openEdit('Ops hook');
    const headers = drawer().getByTestId('map-headers');
    const names = headers.getByRole('textbox', { name: /name of row/ });
    await expect.poll(() => names.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(['Authorization', 'X-Team']);
    const authValue = headers.getByLabel('Headers: value of Authorization', { exact: true });
    expect(await authValue.inputValue()).toBe('');
    expect(await authValue.getAttribute('placeholder')).toMatch(/leave empty to keep/);

    await headers.getByRole('button', { name: 'Remove X-Team' }).click();
    await drawer().getByRole('button', { name: 'Add header' }).click();
    const newName = headers.getByRole('textbox', { name: 'Headers: name of row 2' });
    expect(await newName.inputValue()).toBe('');
    expect(await newName.getAttribute('placeholder')).toBe('Name');
    await newName.fill('authorization');
    await headers.getByLabel('Headers: value of authorization', { exact: true }).fill('dup');
    await headers.getByText('"authorization" is already set above').waitFor();
    await drawer().getByRole('button', { name: 'Save' }).click();
    expect(await drawer().isVisible()).toBe(true); // refused while a row is wrong
    await newName.fill('X-New');
    await headers.getByLabel('Headers: value of X-New', { exact: true }).fill('n1');
    await drawer().getByRole('button', { name: 'Save' }).click();
    await drawer().waitFor({ state: 'detached' });

    const saved = await callApi<ChannelView>(base, 'GET', `/v1/channels/${hookId}`);
    expect(saved.body.config.headers).toEqual({ Authorization: '********', 'X-New': '********' });
    // The kept Authorization value is the stored one: a test delivery carries both headers.
    const before = receiver.received.length;
    await page.getByRole('row').filter({ hasText: 'Ops hook' }).getByRole('button', { name: 'Test' }).click();
    const [request] = (await receiver.waitFor(before + 1)).slice(before);
    expect(request!.headers.authorization).toBe('Bearer one');
    expect(request!.headers['x-new']).toBe('n1');
    expect(request!.headers['x-team']).toBeUndefined();
  });

  it('shows the test in the channel\'s Health', async () => {
    const { page } = stack;
    await page.getByTestId('channel-test-result').getByText('delivered').waitFor();
    await page.getByRole('row').filter({ hasText: 'Ops hook' }).getByTestId('channel-last-test').getByText(/test ok/).waitFor();
    await page.getByTestId('channel-test-result').getByRole('button', { name: 'Close' }).click();
  });

  it('validates while typing with field titles, generates a signing secret and tests before saving', async () => {
    const { page, base } = stack;
    await page.goto(`${base}/channels`);
    await page.getByRole('button', { name: 'New channel' }).click();
    const chooseType = async (type: RegExp) => {
      await drawer().getByRole('combobox', { name: 'Channel type' }).click();
      await page.getByRole('option', { name: type }).click();
    };
    await chooseType(/^Discord/);
    await drawer().getByRole('textbox', { name: 'Name', exact: true }).fill('Draft hook');
    const avatar = drawer().locator('#root_avatarUrl');
    await avatar.fill('not a url');
    await fieldErrors(/must be a valid URL/).waitFor();
    expect(await fieldErrors(/must be a valid URL/).count()).toBe(1);
    expect(await fieldErrors('is required').count()).toBe(0); // untouched fields are not red yet
    await avatar.fill('https://example.com/a.png');
    await expect.poll(() => fieldErrors(/must be a valid URL/).count()).toBe(0);

    await chooseType(/^Webhook/);
    await drawer().locator('#root_url').fill(`${receiver.url}/draft`);
    await drawer().getByRole('button', { name: 'Generate Secret' }).click();
    const secret = drawer().locator('#root_signing_secret');
    expect(await secret.inputValue()).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    const before = receiver.received.length;
    const channelsBefore = (await callApi<{ items: ChannelView[] }>(base, 'GET', '/v1/channels')).body.items.length;
    await drawer().getByRole('button', { name: 'Send test message' }).click();
    // Signed with the generated secret, which the receiver does not know: it answers 401, and says so.
    await drawer().getByTestId('channel-form-test').getByText('HTTP 401').waitFor();
    expect(receiver.received.length).toBe(before + 1);
    expect(receiver.received.at(-1)!.headers['webhook-signature']).toMatch(/^v1,/);
    expect((await callApi<{ items: ChannelView[] }>(base, 'GET', '/v1/channels')).body.items.length).toBe(channelsBefore);

    // A rule only the server knows (the whsec_ format) comes back on its field, once, by title, not by path.
    await secret.fill('not-a-whsec');
    await drawer().getByRole('button', { name: 'Create channel' }).click();
    await fieldErrors(/must be "whsec_"/).waitFor();
    expect(await fieldErrors(/must be "whsec_"/).count()).toBe(1);
    expect(await drawer().textContent()).not.toContain('config.signing');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await drawer().getByRole('button', { name: 'Cancel' }).click();
    await drawer().waitFor({ state: 'detached' });
  });

  it(`stays fast and error-free with ${CHANNEL_COUNT} channels`, async () => {
    const { page, base } = stack;
    const existing = (await callApi<{ items: ChannelView[] }>(base, 'GET', '/v1/channels')).body.items.length;
    for (let i = existing; i < CHANNEL_COUNT; i += 20) {
      await Promise.all(Array.from({ length: Math.min(20, CHANNEL_COUNT - i) }, (_, j) =>
        callApi(base, 'POST', '/v1/channels', { name: `Bulk ${String(i + j).padStart(3, '0')}`, pluginId: 'slack', config: { webhookUrl: `https://hooks.slack.com/services/T0/B0/token${i + j}AbCd` } })));
    }
    stack.pageErrors.length = 0;
    await page.goto(`${base}/channels`);
    const firstRender = await page.waitForFunction((count) => document.querySelectorAll('tbody tr').length >= count && performance.now(), CHANNEL_COUNT, { polling: 'raf', timeout: 30_000 });
    const firstRenderMs = Math.round((await firstRender.jsonValue()) as number);
    // Edits are timed on the loaded page: every row's Health has arrived (each is its own request).
    await page.waitForFunction(() => document.querySelectorAll('tbody .mantine-Loader-root').length === 0, undefined, { timeout: 30_000 });

    // Timed with reduced motion (which the app respects): the drawer's slide is a fixed animation, not work the page
    // does, and it would only add noise to the bound.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.evaluate(() => ((window as { __t?: number }).__t = performance.now()));
    await page.getByRole('row').filter({ hasText: 'Bulk 150' }).getByRole('button', { name: 'Edit channel' }).click();
    const editMs = await timeUntil(page, () => document.querySelector('[role="dialog"] input[value="Bulk 150"]') !== null);
    await page.evaluate(() => ((window as { __t?: number }).__t = performance.now()));
    await drawer().getByRole('button', { name: 'Cancel' }).click();
    const undoMs = await timeUntil(page, () => document.querySelector('[role="dialog"]') === null);
    console.log(`ui-perf: first render ${firstRenderMs} ms, edit ${editMs} ms, undo ${undoMs} ms (${CHANNEL_COUNT} channels, channels page)`);

    expect(await page.getByRole('row').filter({ hasText: 'Bulk 150' }).getByTestId('channel-destination').textContent()).toBe('hooks.slack.com/…/AbCd');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(stack.pageErrors).toEqual([]);
    expect(firstRenderMs).toBeLessThan(5_000);
    expect(editMs).toBeLessThan(1_000);
    expect(undoMs).toBeLessThan(1_000);
  });
});

/** Milliseconds since `window.__t` until `done()` holds in the page, polled every animation frame. */
async function timeUntil(page: Page, done: () => boolean): Promise<number> {
  const handle = await page.waitForFunction(`(${done.toString()})() && Math.max(performance.now() - window.__t, 0.1)`, undefined, { polling: 'raf', timeout: 10_000 });
  return Math.round((await handle.jsonValue()) as number);
}
