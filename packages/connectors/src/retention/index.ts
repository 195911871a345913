export { planRetention } from './plan-retention.js';
export type * from './retention-types.js';
export { runRetention } from './run-retention.js';
