// Everything here is safe inside Temporal's workflow sandbox: pure, deterministic, no Node built-ins,
// no Handlebars (templates render in an activity) and no bundled JSON.
export * from './event.schema.js';
export * from './route.schema.js';
export * from './workflow.contract.js';
export * from './message.js';
export * from './event.field.js';
export * from './severity.normalize.js';
export * from './value.compare.js';
export * from './regex.parse.js';
export * from './filter.evaluate.js';
export { FilterBudget, FILTER_BUDGET_UNITS } from './filter.budget.js';
export * from './trigger.match.js';
export * from './graph.walk.js';
export * from './alert.types.js';
export * from './alert.rules.js';
export * from './alert.classify.js';
export * from './alert.contract.js';
export * from './summary.contract.js';
export * from './graph.reach.js';
export * from './route.plan.types.js';
export * from './route.interpret.js';
export * from './throttle.describe.js';
export * from './group.state.js';
export * from './group.digest.js';
