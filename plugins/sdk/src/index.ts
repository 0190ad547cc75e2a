export * from './channel.types.js';
export * from './errors.js';
export { defineChannel, validateChannelDefinition, ChannelDefinitionError, CHANNEL_ID_PATTERN } from './define-channel.js';
export { configJsonSchema } from './config/config.schema.js';
export type { JsonSchema } from './config/json-schema.util.js';
export { createHttpClient, type HttpClientOptions, type ClosableHttpClient } from './http/http.client.js';
export { BlockedAddressError, isBlockedAddress, addressRange } from './http/address.guard.js';
export { createAddressResolver, type AddressLookup } from './http/address.resolve.js';
export { parseRetryAfter } from './http/retry-after.parse.js';
export { classifyHttpResponse, responseExcerpt, RESPONSE_EXCERPT_CHARS, MAX_RETRY_AFTER_MS, type ClassifyOptions } from './http/response.classify.js';
export { createMaskingLogger } from './logging/masking.logger.js';
export { createSecretMasker, MASK } from './logging/secret.mask.js';
export * from './signing/index.js';
export { testMessage, isTestMessage, TEST_MESSAGE_MARKER, TEST_EVENT_TYPE, TEST_EVENT_DATA } from './message/test-message.js';
export { SDK_VERSION, SDK_MAJOR, SDK_PACKAGE_NAME } from './version.js';
export { truncateText, truncateBytes, graphemePrefix, ELLIPSIS } from './text/truncate.js';
export { isHttpsOrLoopback, isHttpsOrPrivateHost } from './config/secure-url.js';
export { maskUrl, maskEmail, maskEmails, maskTail } from './destination/destination.mask.js';
export { cleanText, singleLine } from './text/text.clean.js';
export type { Message, Severity, SignalboxEvent, EscapeMode } from '@signalbox/route-model';
/** Severity → colour, emoji and label: one look for every channel (platform-specific mappings build on it). */
export { SEVERITY_STYLE, severityStyle, severityColorNumber, type SeverityStyle } from '@signalbox/route-model';
/** Handlebars rendering with the host's helpers, escaping and budget: for plugins with user-editable templates. */
export { renderTemplate, TemplateRenderError, TemplateSyntaxError } from '@signalbox/route-model';
