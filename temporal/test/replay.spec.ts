// In-flight events survive deploys: every recorded history (histories/*.json, recorded from the real
// dev server by histories/record.spec.ts) must replay against the CURRENT workflow code, built from
// the same entry point and bundler options the worker uses. A change that alters the commands an
// existing history produced fails here with a nondeterminism error: guard it with patched().
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { bundlerOptions, workflowsEntry } from '../src/workflow.bundle.js';
import { historyFromFixture } from './support/history.fixture.js';

const dir = fileURLToPath(new URL('./histories/', import.meta.url));

describe('recorded histories replay against the current workflow code', () => {
  it('replays every fixture without nondeterminism', async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // already installed in this process
    }
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
    // Every workflow type and path named in the issue has a fixture; a missing one is a gap, not a pass.
    expect(files.length).toBeGreaterThanOrEqual(4);
    const histories = await Promise.all(
      files.map(async (f) => ({ workflowId: f.replace(/\.json$/, ''), history: historyFromFixture(JSON.parse(await readFile(dir + f, 'utf8'))) })),
    );
    const failures: string[] = [];
    for await (const r of Worker.runReplayHistories({ ...currentWorkflows(), replayName: 'signalbox-replay' }, histories)) {
      if (r.error) failures.push(`${r.workflowId}: ${r.error.message}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

/** This run's bundle of the current sources (built once by the global setup), or a fresh bundle of them. */
function currentWorkflows() {
  const codePath = process.env.TEST_WORKFLOW_BUNDLE;
  return codePath ? { workflowBundle: { codePath } } : { workflowsPath: workflowsEntry(), bundlerOptions };
}
