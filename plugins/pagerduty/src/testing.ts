// For other packages' tests: a local Events API v2 that enforces PagerDuty's documented shape.
export { startFakePagerduty, type FakePagerduty } from './pagerduty.fake-api.js';
