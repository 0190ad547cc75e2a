// Build step: writes dist/workflow-bundle.js so the worker starts without running webpack.
import { writeFile } from 'node:fs/promises';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { prebuiltBundlePath, workflowsEntry } from './workflow.bundle.js';

const { code } = await bundleWorkflowCode({ workflowsPath: workflowsEntry(), logger: new DefaultLogger('WARN') });
await writeFile(prebuiltBundlePath(), code);
console.log(`workflow bundle written to ${prebuiltBundlePath()} (${Math.round(code.length / 1024)} KiB)`);
