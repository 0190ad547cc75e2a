export * from './core.js';
export * from './template.render.js';
export * from './graph.validate.js';
export * from './template.samples.js';
export * from './catalogue.js';
export * from './schedule.cron.js';
export * from './schedule.contract.js';
export * from './schedule.examples.js';
