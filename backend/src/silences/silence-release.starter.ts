import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { SILENCE_CHANGED_SIGNAL, SILENCE_RELEASE_WORKFLOW, silenceReleaseWorkflowId } from '@signalbox/route-model';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { TEMPORAL_CLIENT } from '../temporal-client/temporal.tokens.js';

/**
 * Tells the silence's release workflow (temporal/src/workflows/silence-release.workflow.ts) that the silence
 * changed, starting it if needed: at the silence's end it sends what the silence held back from alerts that
 * are still open. Signal-with-start is idempotent, so every create, extend or expire simply calls it.
 */
@Injectable()
export class SilenceReleaseStarter {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async changed(tenantId: string, silenceId: string): Promise<void> {
    await this.client.workflow.signalWithStart(SILENCE_RELEASE_WORKFLOW, {
      workflowId: silenceReleaseWorkflowId(tenantId, silenceId),
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [{ tenantId, silenceId }],
      signal: SILENCE_CHANGED_SIGNAL,
    });
  }
}
