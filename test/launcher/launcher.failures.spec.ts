import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareEnv, freePort, processesMentioning, startLauncher } from './launcher.process.js';

/** Startup failures: one clear line on stderr, exit code 1, nothing left running. */
describe('launcher startup failures', () => {
  it('PORT=abc stops with one line naming PORT', async () => {
    const launcher = startLauncher(bareEnv({ PORT: 'abc' }));
    expect(await launcher.exited).toBe(1);
    const lines = launcher.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PORT/);
  });

  it('a port in use stops with one line naming the variable, before anything starts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'signalbox-busy-'));
    const busy = createServer();
    const [port, apiPort, temporalPort, temporalUiPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    await new Promise<void>((resolve) => busy.listen(port, '127.0.0.1', resolve));
    try {
      const launcher = startLauncher(bareEnv({
          DATA_DIR: dataDir,
          HOST: '127.0.0.1',
          PORT: String(apiPort),
          TEMPORAL_PORT: String(temporalPort),
          TEMPORAL_UI_PORT: String(temporalUiPort),
          EMBEDDED_POSTGRES_PORT: String(port),
        }));
      expect(await launcher.exited).toBe(1);
      expect(launcher.output()).toMatch(/Port \d+ \(EMBEDDED_POSTGRES_PORT\) is already in use/);
      expect(processesMentioning([dataDir])).toEqual([]);
    } finally {
      busy.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
