export * from './channel.types.js';
export * from './errors.js';
export { defineChannel } from './define-channel.js';
