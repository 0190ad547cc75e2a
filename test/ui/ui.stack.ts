import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bareEnv, freePort, processesMentioning, startLauncher, waitForOutput, waitForStatus, type Launcher } from '../launcher/launcher.process.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const API_KEY = 'sbx_ui_e2e_key_0123456789abcdefghij';

export interface UiStack {
  base: string;
  /** The one-click sign-in link the launcher's banner prints. */
  signInUrl: string;
  browser: Browser;
  page: Page;
  /** Console errors and uncaught exceptions seen in the page: a clean run has none. */
  pageErrors: string[];
  stop(): Promise<void>;
}

/** The built `npm start` launcher in a temporary DATA_DIR, and Debian's Chromium (never a downloaded browser). */
export async function startUiStack(): Promise<UiStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'signalbox-ui-'));
  const [port, pgPort, temporalPort, temporalUiPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const env = {
    ...bareEnv({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', EMBEDDED_POSTGRES_PORT: String(pgPort), TEMPORAL_PORT: String(temporalPort), TEMPORAL_UI_PORT: String(temporalUiPort) }),
    // bareEnv drops any inherited key; this run chooses its own so the browser can sign in with it.
    SIGNALBOX_API_KEY: API_KEY,
  };
  const base = `http://127.0.0.1:${port}`;
  const launcher: Launcher = startLauncher(env);
  await waitForOutput(launcher, /Signalbox is ready/, 120_000);
  await waitForStatus(`${base}/readyz`, launcher);
  const signInUrl = /Sign in\s+(\S+)/.exec(launcher.output())?.[1] ?? '';

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // 4xx answers the UI asked for on purpose (validation) are logged by Chromium as errors; those are not bugs.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) pageErrors.push(message.text());
  });

  return {
    base,
    signInUrl,
    browser,
    page,
    pageErrors,
    async stop() {
      await browser.close().catch(() => undefined);
      process.kill(-launcher.child.pid!, 'SIGINT');
      await Promise.race([launcher.exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      for (const line of processesMentioning([dataDir, `--port ${temporalPort}`, `-p ${pgPort}`])) process.kill(Number(line.trim().split(' ')[0]), 'SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Screenshots for docs/screenshots, only when asked (SIGNALBOX_SCREENSHOTS=1), so test runs leave the tree clean. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SIGNALBOX_SCREENSHOTS !== '1') return;
  await page.waitForTimeout(400); // drawers and popovers finish opening or closing
  // Transient toasts ("Draft saved") would cover the canvas in a picture meant to show the product.
  await page.screenshot({
    path: new URL(`../../docs/screenshots/${name}.png`, import.meta.url).pathname,
    animations: 'disabled',
    style: '.mantine-Notifications-root { display: none !important; }',
  });
}

/** A call to the public API with the test's key, as a script would make it; the JSON answer and its status. */
export async function callApi<T = { id: string }>(base: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${API_KEY}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}
