import type { CheckDefinition } from '../../check-definition.js';
import { contactDeclared } from './contact-declared.js';
import { purposeHasBasis } from './purpose-has-basis.js';
import { purposeHasRetention } from './purpose-has-retention.js';

/** Checks any regime's pack may use. */
export const COMMON_CHECKS: readonly CheckDefinition[] = [contactDeclared, purposeHasBasis, purposeHasRetention];
