/**
 * The ONE definition of a failed delivery's error class, from its last status code and error text, as SQL
 * so the failed list can filter on it and bulk resend can select by it.
 *   rate_limited  HTTP 429
 *   client_error  other HTTP 4xx (bad payload, auth, gone): a resend helps only after a fix
 *   server_error  HTTP 5xx
 *   timeout       no answer in time
 *   network       connection refused/reset, DNS
 *   channel       the channel is missing, paused, disabled or misconfigured (no request was made)
 *   other         anything else
 */
export const DELIVERY_ERROR_CLASSES = ['rate_limited', 'client_error', 'server_error', 'timeout', 'network', 'channel', 'other'] as const;
export type DeliveryErrorClass = (typeof DELIVERY_ERROR_CLASSES)[number];

export const deliveryErrorClassSql = (d = 'd') => `(CASE
  WHEN ${d}.last_status_code = 429 THEN 'rate_limited'
  WHEN ${d}.last_status_code BETWEEN 400 AND 499 THEN 'client_error'
  WHEN ${d}.last_status_code BETWEEN 500 AND 599 THEN 'server_error'
  WHEN ${d}.last_error ~* '(timed? ?out|timeout|ETIMEDOUT|aborted)' THEN 'timeout'
  WHEN ${d}.last_error ~* '(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|socket|network)' THEN 'network'
  WHEN ${d}.last_error ~* '(channel|paused|disabled|plugin|config)' THEN 'channel'
  ELSE 'other' END)`;
