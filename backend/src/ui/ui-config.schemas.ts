import { z } from 'zod';

/** What the UI needs from the server's configuration to link out (Temporal UI). */
export const uiConfigSchema = z.object({
  temporalUiUrl: z.string().nullable().describe('Base URL of the Temporal Web UI (`TEMPORAL_UI_URL`), or null when none is configured'),
  temporalNamespace: z.string(),
  tenantId: z.string().describe("The caller's tenant: workflow ids are `evt:<tenantId>:<eventId>`"),
});
