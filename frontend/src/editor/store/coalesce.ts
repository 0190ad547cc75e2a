/**
 * Decides whether a change starts a new undo step. Continuous gestures — a node drag, typing in one
 * field — arrive as dozens of updates; only the first of a burst is recorded, so Ctrl+Z undoes the
 * whole gesture rather than one pixel or one keystroke.
 */
export function createCoalescer(windowMs = 800, now: () => number = () => Date.now()) {
  let lastKey: string | null = null;
  let lastAt = 0;
  return {
    /** True when this change belongs to the burst already recorded. */
    continues(key: string | undefined): boolean {
      const at = now();
      const same = key !== undefined && key === lastKey && at - lastAt < windowMs;
      lastKey = key ?? null;
      lastAt = at;
      return same;
    },
    reset() {
      lastKey = null;
    },
  };
}
