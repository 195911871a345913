import * as z from 'zod';
import { AUTHORITY_ROLES } from '../../../declaration/schema/organisation.js';
import type { Localized } from '../../../i18n/localized.js';
import { defineCheck } from '../../check-definition.js';
import { joinLocalized } from './join-localized.js';

const INTERNAL: Localized = {
  fr: 'un palier interne qui reçoit et traite les plaintes',
  en: 'an internal level that receives and answers complaints',
};
const EXTERNAL: Localized = {
  fr: "le recours auprès de l'autorité compétente (un palier dont « authority » renvoie à organisation.authorities)",
  en: 'recourse to the competent authority (a level whose "authority" names one of organisation.authorities)',
};

/**
 * People can challenge the organisation's compliance: a procedure receives and answers complaints, and
 * people are told of the recourse beyond it (PIPEDA Sch. 1, 4.10.2 and 4.10.3; s. 11 complaint to the
 * Commissioner). The external level must name an authority of the role the pack asks for.
 */
export const complaintLevelsComplete = defineCheck({
  id: 'complaint-levels-complete',
  description:
    'rights.complaints has a level without authority and, for `authorityRoles`, one naming such an authority',
  params: z.strictObject({ authorityRoles: z.array(z.enum(AUTHORITY_ROLES)).default([]) }),
  *run({ declaration }, { authorityRoles }) {
    const levels = declaration.rights?.complaints?.levels;
    const roleOf = new Map(declaration.organisation.authorities.map((a) => [a.id, a.role]));
    const wanted = new Set(authorityRoles);
    const hasInternal = levels?.some((level) => level.authority === undefined) ?? false;
    const hasExternal =
      wanted.size === 0 ||
      (levels?.some((level) => {
        const role = level.authority === undefined ? undefined : roleOf.get(level.authority);
        return role !== undefined && wanted.has(role);
      }) ??
        false);
    const missing = [...(hasInternal ? [] : [INTERNAL]), ...(hasExternal ? [] : [EXTERNAL])];
    if (missing.length === 0) return;
    yield {
      path: levels === undefined ? ['rights'] : ['rights', 'complaints'],
      vars: { missing: joinLocalized(missing) },
    };
  },
});
