export { startTestReceiver, type TestReceiver, type ReceivedRequest, type ReceiverReply } from './http-receiver.js';
export { runChannelContractTests } from './contract.vitest.js';
export { channelContractSuite, type ContractCheck, type ContractSuite } from './contract.checks.js';
export { DEFAULT_RETRY_AFTER_SECONDS, type ContractOptions, type ContractResponses } from './contract.options.js';
export { hostileMessages, ordinaryMessage } from './contract.messages.js';
export { ContractViolation } from './contract.violation.js';
export { CONTRACT_TIMEOUT_MS } from './contract.env.js';
export { emptyMessage, hostileMessage, recordingLogger, rejection, sampleMessage, testHttpClient } from './plugin.fixtures.js';
/** The host's catalogue of sample events and the default message it renders from one: realistic test input. */
export { defaultMessage, eventCatalogue } from '@signalbox/route-model';
