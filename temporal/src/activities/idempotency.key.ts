import { createHash } from 'node:crypto';

/**
 * The delivery's idempotency key (sent as `webhook-id`, PagerDuty `dedup_key`, email `Message-ID`).
 * Derived, not stored-then-read, so every attempt, and a redelivery after a crash, carries the same one.
 */
export function deliveryIdempotencyKey(tenantId: string, eventId: string, routeVersionId: string, nodeId: string): string {
  const digest = createHash('sha256').update([tenantId, eventId, routeVersionId, nodeId].join('\u0000')).digest('base64url');
  return `msg_${digest.slice(0, 32)}`;
}
