import { randomBytes, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { launcherJs, launcherSandbox, startLauncher, waitForOutput, waitForStatus, type LauncherSandbox } from './launcher.process.js';

/** The worker the launcher spawned (its child running temporal/dist/main.js), not anyone else's. */
function workerPidOf(launcherPid: number): number | undefined {
  const lines = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(launcherPid)], { encoding: 'utf8' }).split('\n');
  const line = lines.find((l) => l.includes('temporal/dist/main.js'));
  return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
}

// `npm start` keeps the stack up when the worker dies: it restarts the worker and events still arrive.
describe('npm start restarts a worker that died', () => {
  let sandbox: LauncherSandbox;
  let receiver: WebhookReceiver;
  const secret = `whsec_${randomBytes(32).toString('base64')}`;

  beforeAll(async () => {
    expect(existsSync(launcherJs), `${launcherJs} missing: run npm run build`).toBe(true);
    sandbox = await launcherSandbox('signalbox-restart-');
    receiver = await startWebhookReceiver(secret);
  });
  afterAll(async () => {
    sandbox?.cleanup();
    await receiver?.close();
  });

  it('kill -9 of the worker: restarted with a message, events delivered, Ctrl-C still exits 0 with nothing left', async () => {
    const launcher = startLauncher(sandbox.env);
    const { base, dataDir } = sandbox;
    try {
      await waitForOutput(launcher, /Signalbox is ready/, 120_000);
      await waitForStatus(`${base}/readyz`, launcher);
      const apiKey = readFileSync(join(dataDir, 'api-key'), 'utf8').trim();
      const api = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${base}${path}`, {
          method,
          headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: res.status, json: (await res.json()) as Record<string, string> };
      };
      const channel = await api('POST', '/v1/channels', { name: 'Receiver', pluginId: 'webhook', config: { url: receiver.url, signing: { style: 'standard-webhooks', secret } } });
      expect(channel.status).toBe(201);
      const graph = {
        nodes: [
          { id: 'trigger', type: 'trigger', config: { eventTypes: ['deploy.failed'] } },
          { id: 'text', type: 'template', config: { title: '{{type}}', body: '{{source}}' } },
          { id: 'notify', type: 'send', config: { channelId: channel.json.id } },
        ],
        edges: [
          { source: 'trigger', target: 'text' },
          { source: 'text', target: 'notify' },
        ],
      };
      const route = await api('POST', '/v1/routes', { name: 'All deploy failures', graph });
      const published = await api('POST', `/v1/routes/${route.json.id}/publish`);
      expect(published.status, JSON.stringify(published.json)).toBe(200);
      const post = async () => {
        const res = await api('POST', '/v1/events', { id: randomUUID(), type: 'deploy.failed', source: 'ci', severity: 'high', data: {} });
        expect(res.status).toBe(202);
      };

      await post();
      await receiver.waitFor(1, 60_000);

      const first = workerPidOf(launcher.child.pid!);
      expect(first, launcher.output()).toBeDefined();
      process.kill(first!, 'SIGKILL');
      // Accepted while no worker runs: Temporal keeps the tasks until the restarted worker polls.
      await post();
      await waitForOutput(launcher, /worker exited unexpectedly \(killed by a signal\); restarting it in/);
      await waitForOutput(launcher, /worker restarted \(restart #1\)/, 90_000);
      expect(workerPidOf(launcher.child.pid!)).not.toBe(first);
      await post();
      await receiver.waitFor(3, 90_000);
      expect(launcher.child.exitCode, launcher.output()).toBeNull();
    } finally {
      process.kill(-launcher.child.pid!, 'SIGINT');
    }
    expect(await launcher.exited, launcher.output()).toBe(0);
    expect(sandbox.leftovers(), launcher.output()).toEqual([]);
  }, 300_000);
});
