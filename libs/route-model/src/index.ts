export * from './event.schema.js';
export * from './route.schema.js';
export * from './workflow.contract.js';
