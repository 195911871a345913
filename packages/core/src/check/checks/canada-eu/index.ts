import type { CheckDefinition } from '../../check-definition.js';

/** Checks written for the PIPEDA and GDPR + France packs. */
export const CANADA_EU_CHECKS: readonly CheckDefinition[] = [];
