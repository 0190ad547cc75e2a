export { startTestReceiver, type TestReceiver, type ReceivedRequest, type ReceiverReply } from './http-receiver.js';
