import type { CheckDefinition } from '../check-definition.js';
import { CANADA_EU_CHECKS } from './canada-eu/index.js';
import { COMMON_CHECKS } from './common/index.js';
import { QUEBEC_CHECKS } from './quebec/index.js';

/** Every check a rule pack can name, by id. Two checks with one id would silently shadow each other. */
export const CHECKS: ReadonlyMap<string, CheckDefinition> = indexById([
  ...COMMON_CHECKS,
  ...QUEBEC_CHECKS,
  ...CANADA_EU_CHECKS,
]);

function indexById(checks: readonly CheckDefinition[]): Map<string, CheckDefinition> {
  const byId = new Map<string, CheckDefinition>();
  for (const check of checks) {
    if (byId.has(check.id)) throw new Error(`two checks share the id "${check.id}"`);
    byId.set(check.id, check);
  }
  return byId;
}
