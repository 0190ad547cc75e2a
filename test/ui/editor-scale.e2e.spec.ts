import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { BIG_ROUTE_NODE_COUNT, bigRouteGraph } from './bigRoute.graph.js';
import { timeToFirstRender, timeUntilText } from './editorPerf.js';
import { callApi, CHROMIUM, screenshot, startUiStack, type UiStack } from './ui.stack.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Box { id: string; x: number; y: number; width: number; height: number }

/** Every card's box on screen (all at the same zoom, so overlaps on screen are overlaps on the canvas). */
async function cardBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('.react-flow__node', (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: (el as HTMLElement).dataset.id!, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}
const overlapping = (boxes: Box[]) =>
  boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).map((b) => `${a.id}/${b.id}`));
const zoomOf = (page: Page) => page.$eval('.react-flow__viewport', (el) => new DOMMatrix(getComputedStyle(el).transform).a);
const selectedId = (page: Page) => page.$eval('.react-flow__node.selected', (el) => (el as HTMLElement).dataset.id).catch(() => null);

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    type V = { id: string; impact: string | null; nodes: Array<{ target: unknown[] }> };
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: V[] }> } }).axe.run();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

// Issue 14 point 4: a 50-node route laid out readably, drop without overlap, insert on an edge, palette search,
// and the editor driven from the keyboard with a visible focus ring and a shortcut overlay.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('UI: route editor at scale (Chromium)', () => {
  let stack: UiStack;
  let receiver: WebhookReceiver;
  let bigRouteUrl: string;
  let graph: ReturnType<typeof bigRouteGraph>;
  let channelId: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver(SECRET);
    stack = await startUiStack();
    await stack.page.goto(stack.signInUrl);
    await stack.page.getByText('No routes yet').waitFor();
    const channel = await callApi(stack.base, 'POST', '/v1/channels', { name: 'Service pager', pluginId: 'webhook', config: { url: receiver.url, signing: { secret: SECRET } } });
    expect(channel.status, JSON.stringify(channel.body)).toBe(201);
    channelId = channel.body.id;
    graph = bigRouteGraph(channelId);
    const route = await callApi(stack.base, 'POST', '/v1/routes', { name: 'Service alerts by team', graph });
    expect(route.status, JSON.stringify(route.body)).toBe(201);
    bigRouteUrl = `${stack.base}/routes/${route.body.id}`;
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it('lays a 50-node route out readably: no overlaps, pass left of else, fit view at a readable zoom; edits stay fast', async () => {
    const { page } = stack;
    const firstRender = await timeToFirstRender(page, bigRouteUrl, BIG_ROUTE_NODE_COUNT, graph.edges.length);
    await page.waitForFunction(() => !!document.querySelector('.react-flow__viewport'));

    const boxes = await cardBoxes(page);
    expect(boxes).toHaveLength(BIG_ROUTE_NODE_COUNT);
    expect(overlapping(boxes)).toEqual([]);
    const x = new Map(boxes.map((b) => [b.id, b.x]));
    const y = new Map(boxes.map((b) => [b.id, b.y]));
    for (const filter of graph.nodes.filter((n) => n.type === 'filter').map((n) => n.id as string)) {
      const out = graph.edges.filter((e) => e.source === filter);
      const pass = out.filter((e) => e.sourceHandle !== 'else').map((e) => e.target as string);
      const other = out.find((e) => e.sourceHandle === 'else')?.target as string | undefined;
      if (other) for (const p of pass) expect(x.get(p)!, `${filter}: pass child ${p} left of else child ${other}`).toBeLessThan(x.get(other)!);
    }
    for (const e of graph.edges) expect(y.get(e.target as string)!, `${String(e.source)} above ${String(e.target)}`).toBeGreaterThan(y.get(e.source as string)!);
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.5);
    await page.locator('.react-flow__minimap').waitFor();
    await screenshot(page, 'editor-50-nodes');

    // The same edit and undo the main UI test times, on a card in the middle lanes (in view after fit).
    const card = '[data-testid="node-search-template"]';
    await page.locator(card).click();
    const label = page.getByRole('textbox', { name: 'Label', exact: true });
    await label.click();
    await label.press('End');
    const edit = await timeUntilText(page, () => page.keyboard.type('!'), card, 'search alert!');
    await label.evaluate((input: HTMLElement) => input.blur());
    const undo = await timeUntilText(page, () => page.keyboard.press('Control+z'), card, 'search alert!', false);
    console.log(`ui-perf: first render ${firstRender} ms, edit ${edit} ms, undo ${undo} ms (${BIG_ROUTE_NODE_COUNT} nodes, ${graph.edges.length} edges, editor-scale)`);
    expect(firstRender).toBeLessThan(5_000);
    expect(edit).toBeLessThan(1_000);
    expect(undo).toBeLessThan(1_000);
    expect(stack.pageErrors).toEqual([]);
  });

  it('has no serious or critical accessibility problems on the editor page', async () => {
    const { page } = stack;
    await page.goto(bigRouteUrl);
    await page.locator('.react-flow__node').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('is driven from the keyboard: one tab stop, arrows along the route, a visible focus ring, Enter, Delete and undo, ? overlay', async () => {
    const { page } = stack;
    await page.goto(bigRouteUrl);
    await page.locator('.react-flow__node').first().waitFor();
    let presses = 0;
    while (!(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'route-canvas')) && presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses, 'Tab presses to reach the canvas').toBeLessThanOrEqual(25);
    expect(await selectedId(page)).toBe('trigger');
    const ring = await page.$eval('.react-flow__node.selected', (el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);

    await page.keyboard.press('ArrowDown');
    expect(await selectedId(page)).toBe('gate');
    await page.keyboard.press('ArrowDown');
    expect(await selectedId(page)).toBe('api-filter');
    await page.keyboard.press('ArrowRight');
    expect(await selectedId(page)).toBe('web-filter');
    await page.keyboard.press('ArrowDown');
    expect(await selectedId(page)).toBe('web-template'); // the pass branch is the left one
    await page.keyboard.press('ArrowRight');
    expect(await selectedId(page)).toBe('web-quiet');
    await page.keyboard.press('ArrowUp');
    expect(await selectedId(page)).toBe('web-filter');

    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Label', exact: true }).inputValue()).toBe('Service is web');
    await page.getByTestId('route-canvas').focus();
    await page.keyboard.press('Delete');
    await page.locator('[data-testid="node-web-filter"]').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await page.locator('[data-testid="node-web-filter"]').waitFor();

    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await overlay.waitFor();
    for (const text of ['Undo', 'Open the inspector of the selected card', 'Remove the selected cards or connections']) await overlay.getByText(text).waitFor();
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
    expect(stack.pageErrors).toEqual([]);
  });

  it('searches the palette: typing filters the entries and Enter adds the first match without covering a card', async () => {
    const { page } = stack;
    await page.goto(bigRouteUrl);
    await page.locator('.react-flow__node').first().waitFor();
    const search = page.getByRole('textbox', { name: 'Search steps and channels' });
    await search.fill('thrott');
    await page.getByRole('button', { name: /^Throttle/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Filter/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Service pager/ }).count()).toBe(0);
    await search.press('Enter');
    await page.locator('[data-testid="node-throttle-1"]').waitFor();
    expect(await search.inputValue()).toBe('');
    expect(overlapping(await cardBoxes(page))).toEqual([]);
    await search.fill('pager');
    await page.getByRole('button', { name: /^Service pager/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Template/ }).count()).toBe(0);
  });

  it('drops a step at the cursor, nudged clear of the card it was dropped on', async () => {
    const { page } = stack;
    await page.goto(bigRouteUrl);
    await page.locator('.react-flow__node').first().waitFor();
    const target = (await page.locator('[data-testid="node-search-filter"]').boundingBox())!;
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const cursor = { x: target.x + target.width / 2, y: target.y + target.height / 2 };
    await page.getByRole('button', { name: /^Template/ }).dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: cursor.x - pane.x, y: cursor.y - pane.y }, force: true });
    const dropped = (await page.locator('[data-testid="node-template-1"]').boundingBox())!;
    expect(overlapping(await cardBoxes(page))).toEqual([]);
    const distance = Math.hypot(dropped.x + dropped.width / 2 - cursor.x, dropped.y + dropped.height / 2 - cursor.y);
    expect(distance, 'the new card lands next to the cursor').toBeLessThan(250);
  });

  it('inserts a step on a connection: dropping it on the edge splits the edge', async () => {
    const { page, base } = stack;
    const route = await callApi(base, 'POST', '/v1/routes', {
      name: 'Insert on edge',
      graph: {
        nodes: [
          { id: 'trigger', type: 'trigger', position: { x: 0, y: 0 }, config: { eventTypes: ['deploy.*'] } },
          { id: 'pager', type: 'send', position: { x: 0, y: 420 }, config: { channelId } },
        ],
        edges: [{ source: 'trigger', target: 'pager' }],
      },
    });
    expect(route.status, JSON.stringify(route.body)).toBe(201);
    await page.goto(`${base}/routes/${route.body.id}`);
    await page.locator('.react-flow__edge').first().waitFor({ state: 'attached' });
    // The connection runs straight down from the trigger's centre to the send: drop halfway along it.
    const from = (await page.locator('[data-testid="node-trigger"]').boundingBox())!;
    const to = (await page.locator('[data-testid="node-pager"]').boundingBox())!;
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const at = { x: from.x + from.width / 2 - pane.x, y: (from.y + from.height + to.y) / 2 - pane.y };
    await page.getByRole('button', { name: /^Filter/ }).dragTo(page.locator('.react-flow__pane'), { targetPosition: at, force: true });
    await page.locator('[data-testid="node-filter-1"]').waitFor();
    const edgeIds = await page.$$eval('.react-flow__edge', (els) => els.map((el) => el.getAttribute('data-id')).sort());
    expect(edgeIds).toEqual(['filter-1->pager', 'trigger->filter-1']);
    expect(overlapping(await cardBoxes(page))).toEqual([]);
    // One undo step puts the original connection back.
    await page.getByTestId('route-canvas').focus();
    await page.keyboard.press('Control+z');
    await page.locator('[data-testid="node-filter-1"]').waitFor({ state: 'detached' });
    expect(await page.locator('.react-flow__edge').count()).toBe(1);
    expect(stack.pageErrors).toEqual([]);
  });
});
