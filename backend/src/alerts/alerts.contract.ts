import { z } from 'zod';
import { ALERT_STATUSES } from '@signalbox/route-model';
import { cursorParam, limitParam } from '../common/cursor.codec.js';

export { alertListSchema, alertViewSchema, type AlertView } from '@signalbox/route-model';

/** `GET /v1/alerts` query: the server validates with it and the OpenAPI document is generated from it. */
export const listAlertsQuerySchema = z.strictObject({
  status: z.enum(ALERT_STATUSES).default('open').describe('open (default): problems not recovered yet; resolved: closed by their recovery'),
  limit: limitParam,
  cursor: cursorParam,
});
export type ListAlertsQuery = z.output<typeof listAlertsQuerySchema>;
