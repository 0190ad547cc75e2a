// Load shapes. Closed: `concurrency` lanes, each sends its next request when the last one answered
// (measures capacity). Open: arrivals scheduled by the clock at a fixed rate whether or not earlier
// requests finished (measures latency without coordinated omission).

export async function closedLoop(count: number, concurrency: number, send: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < count; i = next++) await send(i);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}

/** Fires send(i) at start + i / rate seconds; resolves when every send has settled. */
export async function openLoop(count: number, ratePerSecond: number, send: (i: number, intendedAt: number) => Promise<void>, clock: () => number): Promise<void> {
  const interval = 1000 / ratePerSecond;
  const start = clock() + 20;
  const inFlight: Array<Promise<void>> = [];
  let i = 0;
  while (i < count) {
    const t = clock();
    while (i < count && start + i * interval <= t) {
      inFlight.push(send(i, start + i * interval));
      i++;
    }
    // setTimeout(1) wakes every ~1 ms: plenty of resolution for rates up to a few thousand per second.
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(inFlight);
}
