import type { CheckDefinition } from '../check-definition.js';
import { CANADA_EU_CHECKS } from './canada-eu/index.js';
import { COMMON_CHECKS } from './common/index.js';
import { QUEBEC_CHECKS } from './quebec/index.js';

/** Every check a rule pack can name, by id. */
export const CHECKS: ReadonlyMap<string, CheckDefinition> = new Map(
  [...COMMON_CHECKS, ...QUEBEC_CHECKS, ...CANADA_EU_CHECKS].map((c) => [c.id, c]),
);
