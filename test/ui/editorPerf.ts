import type { Page } from 'playwright-core';

type Clocked = Window & { __perfStart?: number };

/** Milliseconds from the start of a full page navigation to the route's nodes and edges all drawn and
 * measured (React Flow keeps a node hidden until it knows its size). Read in the page, from its own clock. */
export async function timeToFirstRender(page: Page, url: string, nodeCount: number, edgeCount: number): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    ([nodes, edges]) => {
      const drawn = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter((n) => n.style.visibility !== 'hidden');
      const ready = drawn.length === nodes && document.querySelectorAll('.react-flow__edge').length === edges;
      return ready && performance.now();
    },
    [nodeCount, edgeCount] as const,
    { polling: 'raf', timeout: 30_000 },
  );
  return Math.round((await handle.jsonValue()) as number);
}

/** Milliseconds from an input action (sent from the test process, so its round trip is included) until the
 * element at `selector` does (or no longer does) contain `text`, polled every animation frame: a conservative
 * "time to apply an edit". */
export async function timeUntilText(page: Page, act: () => Promise<void>, selector: string, text: string, present = true): Promise<number> {
  await page.evaluate(() => {
    (window as Clocked).__perfStart = performance.now();
  });
  await act();
  const handle = await page.waitForFunction(
    ([sel, wanted, shown]) => {
      const has = document.querySelector(sel)?.textContent?.includes(wanted) ?? false;
      return has === shown && performance.now() - (window as Clocked).__perfStart!;
    },
    [selector, text, present] as const,
    { polling: 'raf', timeout: 10_000 },
  );
  return Math.round((await handle.jsonValue()) as number);
}
