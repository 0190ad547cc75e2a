import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, CHROMIUM, screenshot, startUiStack, type UiStack } from './ui.stack.js';

// A silence made the way an on-call engineer makes one before a maintenance window: matchers, a live preview
// of the recent events it would have caught, create, then expire it early.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('UI: silences (Chromium)', () => {
  let stack: UiStack;
  beforeAll(async () => {
    stack = await startUiStack();
    await stack.page.goto(stack.signInUrl);
  }, 240_000);
  afterAll(() => stack?.stop());

  it('creates a silence with matcher rows, previews the events it matches, and expires it', async () => {
    const { page } = stack;
    for (const env of ['prod', 'prod', 'dev']) {
      const posted = await callApi(stack.base, 'POST', '/v1/events', { id: randomUUID(), type: 'db.down', source: 'pg-monitor', severity: 'critical', subject: `primary down (${env})`, data: { env } });
      expect(posted.status).toBe(202);
    }

    await page.getByRole('link', { name: 'Silences' }).click();
    await page.waitForURL(/\/silences$/);
    await page.getByRole('button', { name: 'New silence' }).click();
    await page.getByRole('textbox', { name: 'Matcher 1 value' }).fill('db.down');
    await page.getByRole('button', { name: 'Add matcher' }).click();
    await page.getByLabel('Matcher 2 field').fill('data.env');
    await page.getByRole('textbox', { name: 'Matcher 2 value' }).fill('prod');
    // Live preview: the two prod events of the last 24 h, not the dev one.
    await page.getByText(/^2 of 3 events in the last 24 h would have been silenced/).waitFor();

    await page.getByRole('textbox', { name: 'Created by' }).fill('ana');
    await page.getByRole('textbox', { name: 'Comment' }).fill('database failover drill');
    await screenshot(page, 'silence-create');
    await page.getByRole('button', { name: 'Create silence' }).click();

    const row = page.getByRole('row', { name: /database failover drill/ });
    await row.getByText('active', { exact: true }).waitFor();
    expect(await row.getByText('data.env="prod"').count()).toBe(1);
    const [silence] = (await callApi<{ items: Array<{ id: string; state: string; createdBy: string }> }>(stack.base, 'GET', '/v1/silences')).body.items;
    expect(silence).toMatchObject({ state: 'active', createdBy: 'ana' });

    await row.getByRole('button', { name: 'Expire' }).click();
    await row.getByText('expired', { exact: true }).waitFor();
    expect((await callApi<{ state: string }>(stack.base, 'GET', `/v1/silences/${silence!.id}`)).body.state).toBe('expired');
    expect(stack.pageErrors).toEqual([]);
  });

  it('adds a mute timing with calendar fields, naming a bad day of the month at its field', async () => {
    const { page } = stack;
    await page.getByRole('link', { name: 'Silences' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Month-end freeze');
    await page.getByRole('textbox', { name: 'Time zone' }).fill('Europe/Berlin');
    const days = page.locator('input').and(page.getByLabel('Days of month', { exact: true }));
    await days.fill('0');
    await days.press('Enter');
    await page.getByRole('button', { name: 'Add mute timing' }).click();
    await page.getByText('"0" is not a day of the month (1 to 31, or -1 for the last day) or a range such as 1:5').waitFor();

    await days.press('Backspace'); // removes the "0" tag
    await days.fill('-3:-1');
    await days.press('Enter');
    await page.locator('input').and(page.getByLabel('Months', { exact: true })).click();
    await page.getByRole('option', { name: 'december' }).click();
    await page.getByRole('button', { name: 'Add mute timing' }).click();
    const row = page.getByRole('row', { name: /Month-end freeze/ });
    await row.getByText('december day -3:-1 all day (Europe/Berlin)').waitFor();
    const { body } = await callApi<{ items: Array<{ name: string; intervals: unknown[] }> }>(stack.base, 'GET', '/v1/mute-timings');
    expect(body.items.find((t) => t.name === 'Month-end freeze')?.intervals).toEqual([{ daysOfMonth: ['-3:-1'], months: ['december'] }]);
    expect(stack.pageErrors).toEqual([]);
  });
});
