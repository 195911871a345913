import * as z from 'zod';
import { AUTHORITY_ROLES } from '../../../declaration/schema/organisation.js';
import { defineCheck } from '../../check-definition.js';

/**
 * The notice names the authority people may complain to (GDPR Art. 13(2)(d): the right to lodge a
 * complaint with a supervisory authority, the CNIL in France): an authority of the given role is declared.
 */
export const authorityDeclared = defineCheck({
  id: 'authority-declared',
  description: 'organisation.authorities has an authority whose role is `role`',
  params: z.strictObject({ role: z.enum(AUTHORITY_ROLES) }),
  *run({ declaration }, { role }) {
    if (declaration.organisation.authorities.some((a) => a.role === role)) return;
    yield { path: ['organisation'], vars: {} };
  },
});
