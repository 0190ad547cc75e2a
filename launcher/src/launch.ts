import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, defaultUiDistDir, loadConfig } from '@signalbox/backend/launcher';
import { CleanupStack } from './cleanup.stack.js';
import { banner } from './launch.banner.js';
import { launch } from './launch.run.js';

// `npm start`: the whole stack in one process tree. Every failure is one line on stderr and exit 1;
// Ctrl-C (SIGINT) or SIGTERM stops everything this process started and exits 0.
const log = (line: string) => console.log(`[signalbox] ${line}`);
const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Invalid configuration: ${oneLine(error)}`);
  process.exit(1);
}

const stack = new CleanupStack(log);
let exitCode: number | undefined;

/** First caller decides the exit code; later callers (a second Ctrl-C) just wait for the same unwind. */
async function shutdown(code: number, reason: string): Promise<never> {
  const first = exitCode === undefined;
  if (first) {
    exitCode = code;
    log(`${reason}; stopping`);
  }
  await stack.unwind();
  if (first) log('stopped');
  process.exit(exitCode!);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0, signal));

try {
  const launched = await launch(config, stack, log);
  const uiServed = existsSync(resolve(config.UI_DIST_DIR ?? defaultUiDistDir, 'index.html'));
  if (exitCode === undefined) console.log(banner(launched, process.uptime(), uiServed));
} catch (error) {
  // A signal during startup makes later steps fail; that is the shutdown, not a startup error.
  if (exitCode === undefined) {
    console.error(`Signalbox could not start: ${oneLine(error)}`);
    await shutdown(1, 'startup failed');
  }
}
