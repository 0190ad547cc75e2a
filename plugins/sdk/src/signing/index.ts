export { canonicalJson } from './canonical-json.js';
export { hmacSha256Hex, hmacSignatureHeaders, HMAC_HEADER_STYLES, type HmacHeaderStyle } from './hmac.sign.js';
export {
  standardWebhooksHeaders,
  generateStandardWebhooksSecret,
  isStandardWebhooksSecret,
  STANDARD_WEBHOOKS_SECRET_PREFIX,
  type StandardWebhooksHeaders,
} from './standard-webhooks.sign.js';
export { signJsonBody, SIGNING_STYLES, SIGNATURE_HEADER_NAMES, type SigningStyle, type SignedBody } from './webhook.sign.js';
