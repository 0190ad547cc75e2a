import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareEnv, freePort, launcherJs, processesMentioning, startLauncher, waitForOutput, waitForStatus } from './launcher.process.js';

// `npm start` end to end: the BUILT launcher with nothing configured, in a temporary DATA_DIR.
describe('npm start (embedded launcher)', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let base: string;
  let needles: string[];

  beforeAll(async () => {
    expect(existsSync(launcherJs), `${launcherJs} missing: run npm run build`).toBe(true);
    dataDir = mkdtempSync(join(tmpdir(), 'signalbox-launch-'));
    const [port, pgPort, temporalPort, temporalUiPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    env = bareEnv({
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      TEMPORAL_PORT: String(temporalPort),
      TEMPORAL_UI_PORT: String(temporalUiPort),
    });
    base = `http://127.0.0.1:${port}`;
    needles = [dataDir, `--port ${temporalPort}`, `-p ${pgPort}`];
  });
  afterAll(() => {
    for (const line of processesMentioning(needles ?? [])) process.kill(Number(line.trim().split(' ')[0]), 'SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

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
    const launcher = startLauncher(env);
    try {
      // Ready = the banner (printed once the worker polls) and /readyz answering 200.
      await waitForOutput(launcher, /Signalbox is ready/);
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
    expect(processesMentioning(needles), launcher.output()).toEqual([]);
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
  });

  it('a second start reuses DATA_DIR (same API key, same database)', async () => {
    const apiKey = readFileSync(join(dataDir, 'api-key'), 'utf8');
    const launcher = await startReadyStop('warm', () => expect(looseModes()).toEqual([]));
    expect(readFileSync(join(dataDir, 'api-key'), 'utf8')).toBe(apiKey);
    expect(launcher.output()).toContain(apiKey.trim());
  });
});
