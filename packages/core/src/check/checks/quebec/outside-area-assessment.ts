import * as z from 'zod';
import { idSchema } from '../../../declaration/schema/common.js';
import { ASSESSMENT_STATUSES, ASSESSMENT_TRIGGERS } from '../../../declaration/schema/security.js';
import type { Localized } from '../../../i18n/localized.js';
import { areaSchema, describePlace } from '../../area.js';
import { defineCheck } from '../../check-definition.js';

/**
 * Information that leaves the area (Quebec) does so only after an impact assessment that is done
 * (P-39.1 s.17, A-2.1 s.70.1). A recipient or system is covered by its own assessment (the recipient's,
 * or that of the recipient operating the system), or when every purpose sending information there has
 * one. With `categories`, only recipients and systems that receive those categories are checked.
 */
export const outsideAreaAssessment = defineCheck({
  id: 'outside-area-assessment',
  description:
    'recipients and systems with a place outside `within` are covered by an impact assessment whose status is in `statuses` (and lists `trigger`)',
  params: z.strictObject({
    within: areaSchema,
    statuses: z.array(z.enum(ASSESSMENT_STATUSES)).min(1),
    trigger: z.enum(ASSESSMENT_TRIGGERS).optional(),
    categories: z.array(idSchema).min(1).optional(),
  }),
  *run(ctx, { within, statuses, trigger, categories }) {
    const { declaration, assessmentsById, recipientsById } = ctx;
    const done = (id: string | undefined) => {
      const assessment = id === undefined ? undefined : assessmentsById.get(id);
      return (
        assessment !== undefined &&
        statuses.includes(assessment.status) &&
        (trigger === undefined || assessment.triggers.includes(trigger))
      );
    };
    // One pass over purposes: which recipients and systems receive the information in scope, and
    // whether every purpose sending there carries a finished assessment.
    const recipientUses = new Map<string, boolean>();
    const systemUses = new Map<string, boolean>();
    const note = (uses: Map<string, boolean>, id: string, covered: boolean) =>
      uses.set(id, (uses.get(id) ?? true) && covered);
    for (const purpose of declaration.purposes) {
      if (categories !== undefined && !ctx.purposeUses(purpose, ...categories)) continue;
      const covered = done(purpose.impactAssessment);
      for (const id of purpose.recipients) note(recipientUses, id, covered);
      for (const id of purpose.systems) note(systemUses, id, covered);
    }
    const inScope = (uses: Map<string, boolean>, id: string) => categories === undefined || uses.has(id);

    for (const [i, recipient] of declaration.recipients.entries()) {
      if (!inScope(recipientUses, recipient.id)) continue;
      if (done(recipient.impactAssessment) || recipientUses.get(recipient.id) === true) continue;
      const [outside] = ctx.placesOutside(recipient, within);
      if (outside === undefined) continue;
      const holder: Localized = {
        fr: `Le destinataire « ${recipient.name} »`,
        en: `The recipient "${recipient.name}"`,
      };
      const path = recipient.impactAssessment === undefined ? outside.at : ['impactAssessment'];
      yield {
        path: ['recipients', i, ...path],
        vars: { holder, place: describePlace(outside.place, within), state: stateOf(recipient.impactAssessment) },
      };
    }
    for (const [i, system] of declaration.systems.entries()) {
      if (!inScope(systemUses, system.id) || systemUses.get(system.id) === true) continue;
      const operator = system.operatedBy === undefined ? undefined : recipientsById.get(system.operatedBy);
      if (done(operator?.impactAssessment)) continue;
      const [outside] = ctx.placesOutside(system, within);
      if (outside === undefined) continue;
      const holder: Localized = { fr: `Le système « ${system.name} »`, en: `The system "${system.name}"` };
      yield {
        path: ['systems', i, ...outside.at],
        vars: { holder, place: describePlace(outside.place, within), state: stateOf(operator?.impactAssessment) },
      };
    }

    function stateOf(id: string | undefined): Localized {
      const assessment = id === undefined ? undefined : assessmentsById.get(id);
      if (assessment === undefined)
        return { fr: "aucune évaluation n'y est rattachée", en: 'no assessment is linked to it' };
      if (!statuses.includes(assessment.status)) {
        return {
          fr: `l'évaluation « ${id} » est au statut ${assessment.status}`,
          en: `the assessment "${id}" has status ${assessment.status}`,
        };
      }
      return {
        fr: `l'évaluation « ${id} » ne vise pas ce motif (${trigger})`,
        en: `the assessment "${id}" does not cover this trigger (${trigger})`,
      };
    }
  },
});
