import type { CheckDefinition } from '../../check-definition.js';

/** Checks written for the Quebec packs (qc-private, qc-public, qc-health). */
export const QUEBEC_CHECKS: readonly CheckDefinition[] = [];
