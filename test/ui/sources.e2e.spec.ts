import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, startUiStack, type UiStack } from './ui.stack.js';

const SAMPLE = JSON.stringify({ check: 'db', state: 'DOWN', level: 'P2', region: 'nbg1' });
const MAPPING = '{"type": "check." & $lowercase(state), "severity": level, "subject": check & " is " & state, "data": $}';

// A custom source mapped from a pasted sample, as an admin does it: preview, fix a mistake, create, and the
// hook URL shown then accepts the tool's body without an API key.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('UI: sources (Chromium)', () => {
  let stack: UiStack;
  beforeAll(async () => {
    stack = await startUiStack();
    await stack.page.goto(stack.signInUrl);
  }, 240_000);
  afterAll(() => stack?.stop());

  it('maps a custom source from a pasted sample with a live preview, then shows its hook URL', async () => {
    const { page } = stack;
    await page.getByRole('link', { name: 'Sources' }).click();
    await page.waitForURL(/\/sources$/);
    await page.getByRole('button', { name: 'New source' }).click();
    await page.getByRole('combobox', { name: 'Tool' }).click();
    await page.getByRole('option', { name: 'Custom (JSONata)' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Health checks');
    await page.getByRole('textbox', { name: 'Sample webhook body' }).fill(SAMPLE);

    await page.getByRole('textbox', { name: 'Mapping (JSONata)' }).fill('{"type": ');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('Preview failed').waitFor();
    expect(await page.getByText(/at character/).count()).toBeGreaterThan(0);

    await page.getByRole('textbox', { name: 'Mapping (JSONata)' }).fill(MAPPING);
    await page.getByRole('button', { name: 'Preview' }).click();
    const result = page.getByLabel('Preview result');
    await result.waitFor();
    const previewed = JSON.parse(await result.innerText()) as Array<Record<string, unknown>>;
    expect(previewed).toMatchObject([{ type: 'check.down', severity: 'high', subject: 'db is DOWN', data: { region: 'nbg1' } }]);

    await page.getByRole('button', { name: 'Create source' }).click();
    const hookUrl = (await page.getByLabel('Hook URL').innerText()).trim();
    expect(hookUrl).toMatch(new RegExp(`^${stack.base}/v1/hooks/[0-9a-f-]{36}/[\\w-]+$`));
    const posted = await fetch(hookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: SAMPLE });
    expect(posted.status).toBe(202);
    expect(((await posted.json()) as { events: Array<{ id: string }> }).events).toHaveLength(1);
    expect(stack.pageErrors).toEqual([]);
  });
});
