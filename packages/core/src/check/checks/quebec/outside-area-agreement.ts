import * as z from 'zod';
import { TRANSFER_SAFEGUARDS } from '../../../declaration/schema/recipients.js';
import { areaSchema, describePlace } from '../../area.js';
import { defineCheck } from '../../check-definition.js';

/**
 * Information communicated outside the area (Quebec) goes under a written agreement that carries the
 * protection the assessment found necessary (P-39.1 s.17 al. 2). A `contract` on the recipient counts,
 * and so does a declared `transferSafeguard` among `safeguards`.
 */
export const outsideAreaAgreement = defineCheck({
  id: 'outside-area-agreement',
  description: 'every recipient with a place outside `within` has a `contract` or a transferSafeguard in `safeguards`',
  params: z.strictObject({
    within: areaSchema,
    safeguards: z.array(z.enum(TRANSFER_SAFEGUARDS)).default([]),
  }),
  *run(ctx, { within, safeguards }) {
    for (const [i, recipient] of ctx.declaration.recipients.entries()) {
      if (recipient.contract !== undefined) continue;
      if (recipient.transferSafeguard !== undefined && safeguards.includes(recipient.transferSafeguard)) continue;
      const [outside] = ctx.placesOutside(recipient, within);
      if (outside === undefined) continue;
      yield {
        path: ['recipients', i, ...outside.at],
        vars: { recipient: recipient.name, place: describePlace(outside.place, within) },
      };
    }
  },
});
