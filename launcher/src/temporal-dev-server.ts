import { TestWorkflowEnvironment } from '@temporalio/testing';
import { resolveTemporalExecutable } from './temporal-executable.resolve.js';

export interface DevServerOptions {
  /** SQLite file to keep history across restarts; in memory when omitted (tests). */
  dbFilename?: string;
  port?: number;
  /** Registered at start; the dev server always has "default". */
  namespace?: string;
  /** Serve the Temporal Web UI on this port (embedded start); no UI when omitted. */
  uiPort?: number;
}

export interface RunningDevServer {
  address: string;
  uiUrl?: string;
  stop(): Promise<void>;
}

/** Starts the real Temporal CLI dev server through the SDK's own process manager. */
export async function startTemporalDevServer(options: DevServerOptions = {}): Promise<RunningDevServer> {
  const executable = resolveTemporalExecutable();
  const extraArgs = ['--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=OFF', '--log-level', 'error'];
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: executable.type === 'existing-path' ? { type: 'existing-path', path: executable.path } : { type: 'cached-download' },
      dbFilename: options.dbFilename,
      port: options.port,
      namespace: options.namespace,
      ui: options.uiPort !== undefined,
      uiPort: options.uiPort,
      extraArgs,
    },
  });
  const address = env.connection.options.address;
  return {
    address,
    uiUrl: options.uiPort !== undefined ? `http://127.0.0.1:${options.uiPort}` : undefined,
    stop: () => env.teardown(),
  };
}
