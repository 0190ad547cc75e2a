// The group node's pure state machine and digest: the `@signalbox/route-model/group` entry the groupNotify
// workflow imports. Nothing here may pull zod, Handlebars or Node APIs into the workflow bundle.
export * from './group.state.js';
export * from './group.digest.js';
