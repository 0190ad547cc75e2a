import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launcherJs, launcherSandbox, startLauncher, waitForOutput, waitForStatus, type LauncherSandbox } from './launcher.process.js';

// `npm start` end to end: the BUILT launcher with nothing configured, in a temporary DATA_DIR.
describe('npm start (embedded launcher)', () => {
  let sandbox: LauncherSandbox;
  let dataDir: string;
  let base: string;

  beforeAll(async () => {
    expect(existsSync(launcherJs), `${launcherJs} missing: run npm run build`).toBe(true);
    sandbox = await launcherSandbox('signalbox-launch-');
    ({ dataDir, base } = sandbox);
  });
  afterAll(() => sandbox?.cleanup());

  /** Every file and directory under DATA_DIR with a mode other than 0600 (files) / 0700 (directories). */
  function looseModes(): string[] {
    const loose: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        const info = lstatSync(path);
        if (info.isSymbolicLink()) continue;
        const mode = info.mode & 0o777;
        if (info.isDirectory()) {
          if (mode !== 0o700) loose.push(`${path} ${mode.toString(8)}`);
          walk(path);
        } else if (mode !== 0o600) loose.push(`${path} ${mode.toString(8)}`);
      }
    };
    walk(dataDir);
    // DATA_DIR itself: 0700, or 0711 as root, where the embedded Postgres runs as the postgres user and must pass through.
    const own = statSync(dataDir).mode & 0o777;
    if (own !== (process.getuid?.() === 0 ? 0o711 : 0o700)) loose.push(`${dataDir} ${own.toString(8)}`);
    return loose;
  }

  /** Start, wait for readiness, Ctrl-C the process group, and check nothing is left behind. */
  async function startReadyStop(label: string, whileUp?: (output: string) => void) {
    const startedAt = Date.now();
    const launcher = startLauncher(sandbox.env);
    try {
      // Ready = the banner (printed once the worker polls) and /readyz answering 200.
      // Generous: a cold start (initdb, Temporal, migrations, API, worker) on a loaded 2-core machine can pass a minute.
      await waitForOutput(launcher, /Signalbox is ready/, 180_000);
      await waitForStatus(`${base}/readyz`, launcher);
      const seconds = (Date.now() - startedAt) / 1000;
      console.log(`launcher ${label} start: ready in ${seconds.toFixed(1)} s`);
      await waitForStatus(`${base}/healthz`, launcher);
      const index = await fetch(`${base}/`);
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('<div id="root">');
      expect(launcher.output()).toContain(`${base}/docs`);
      whileUp?.(launcher.output());
    } finally {
      process.kill(-launcher.child.pid!, 'SIGINT');
    }
    expect(await launcher.exited, launcher.output()).toBe(0);
    expect(sandbox.leftovers(), launcher.output()).toEqual([]);
    return launcher;
  }

  it('starts Postgres, Temporal, API, worker and UI, and Ctrl-C stops them all', async () => {
    await startReadyStop('cold', (output) => {
      // Keys, the database and Temporal's history (SQLite with its -wal/-shm) are readable by the owner only.
      expect(existsSync(join(dataDir, 'temporal.sqlite'))).toBe(true);
      expect(looseModes()).toEqual([]);
      expect(output).toMatch(/Networks\s+channels may call private and loopback addresses \(ALLOW_PRIVATE_NETWORKS=true/);
    });
    const apiKeyFile = join(dataDir, 'api-key');
    expect(statSync(apiKeyFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'secret-key')).mode & 0o777).toBe(0o600);
  }, 300_000);

  it('a second start reuses DATA_DIR (same API key, same database)', async () => {
    const apiKey = readFileSync(join(dataDir, 'api-key'), 'utf8');
    const launcher = await startReadyStop('warm', () => expect(looseModes()).toEqual([]));
    expect(readFileSync(join(dataDir, 'api-key'), 'utf8')).toBe(apiKey);
    expect(launcher.output()).toContain(apiKey.trim());
  }, 300_000);
});
