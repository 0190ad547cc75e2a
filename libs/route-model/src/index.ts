export * from './core.js';
export * from './template.render.js';
export * from './graph.validate.js';
export * from './template.samples.js';
export * from './catalogue.js';
export * from './template.group.js';
