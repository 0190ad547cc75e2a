import { type RunningWorker, startWorker } from './worker.process.js';

/** Backoff between restarts: 1 s, 2 s, 4 s … 30 s; a worker that stayed up this long starts the series again. */
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
const STABLE_AFTER_MS = 60_000;

export interface SupervisedWorker {
  /** Workers started so far after the first one. */
  readonly restarts: number;
  stop(): Promise<void>;
}

/**
 * Keeps one worker process running: when it dies (a crash, an OOM kill, `kill -9`), it is started again
 * after a backoff and the launcher says so. Nothing is lost meanwhile: Temporal keeps the workflow and
 * activity tasks until a worker polls again. `stop()` ends the current worker and any pending restart.
 */
export async function superviseWorker(env: Record<string, string>, log: (line: string) => void): Promise<SupervisedWorker> {
  let current: RunningWorker | undefined = await startWorker(env);
  let starting: Promise<unknown> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let restarts = 0;
  let failuresInARow = 0;
  let startedAt = Date.now();

  const watch = (worker: RunningWorker) => {
    void worker.exited.then((code) => {
      if (stopped || current !== worker) return;
      current = undefined;
      if (Date.now() - startedAt > STABLE_AFTER_MS) failuresInARow = 0;
      scheduleRestart(`the worker exited unexpectedly (${code === null ? 'killed by a signal' : `code ${code}`})`);
    });
  };

  const scheduleRestart = (why: string) => {
    const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** failuresInARow++);
    log(`${why}; restarting it in ${delay / 1000}s`);
    timer = setTimeout(() => {
      timer = undefined;
      starting = startWorker(env).then(
        (worker) => {
          starting = undefined;
          if (stopped) return worker.stop();
          restarts++;
          current = worker;
          startedAt = Date.now();
          log(`worker restarted (restart #${restarts})`);
          watch(worker);
        },
        (error: unknown) => {
          starting = undefined;
          if (!stopped) scheduleRestart(`the worker did not start again (${error instanceof Error ? error.message : String(error)})`);
        },
      );
    }, delay);
  };

  watch(current);
  return {
    get restarts() {
      return restarts;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      // A start in flight stops its own worker once it sees `stopped`.
      await starting;
      await current?.stop();
    },
  };
}
