const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR2'] as const;

/**
 * Runs `start` and removes any signal listeners it added. createApp() calls enableShutdownHooks(),
 * whose handler closes the app and re-raises the signal; and the Temporal runtime hooks SIGINT too.
 * In the launcher one owner must decide the order (worker, API, Temporal, Postgres) and the exit code.
 */
export async function withoutNewSignalListeners<T>(start: () => Promise<T>): Promise<T> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  try {
    return await start();
  } finally {
    for (const signal of SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
      }
    }
  }
}
