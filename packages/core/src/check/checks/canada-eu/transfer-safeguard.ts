import * as z from 'zod';
import { countrySchema, type Location } from '../../../declaration/schema/common.js';
import { RECIPIENT_ROLES, type Recipient, TRANSFER_SAFEGUARDS } from '../../../declaration/schema/recipients.js';
import type { Localized } from '../../../i18n/localized.js';
import { defineCheck } from '../../check-definition.js';
import { TRANSFER_SAFEGUARD_LABELS } from './transfer-safeguard-labels.js';

const NONE: Localized = { fr: 'aucune', en: 'none' };

/**
 * Information leaving the area where the law applies (the EEA for the GDPR) goes only under a safeguard
 * (GDPR Arts. 44-46, 49): one of `safeguards`, or an adequacy decision that covers both the country and
 * the kind of recipient. Some decisions are partial: Canada's covers organisations subject to PIPEDA, not
 * public bodies, so `adequate` lists for each country the recipient roles it covers.
 */
export const transferSafeguard = defineCheck({
  id: 'transfer-safeguard',
  description: 'a recipient with a place outside `area` declares one of `safeguards` or an adequacy that covers it',
  params: z.strictObject({
    area: z.array(countrySchema).min(1),
    adequate: z.array(z.strictObject({ country: countrySchema, roles: z.array(z.enum(RECIPIENT_ROLES)).optional() })),
    safeguards: z.array(z.enum(TRANSFER_SAFEGUARDS)).min(1),
  }),
  *run(ctx, { area, adequate, safeguards }) {
    const inside = new Set(area);
    const accepted = new Set(safeguards);
    const adequacy = new Map(adequate.map((a) => [a.country, a.roles ? new Set(a.roles) : undefined]));
    const covered = (place: Location, recipient: Recipient) =>
      adequacy.has(place.country) && (adequacy.get(place.country)?.has(recipient.role) ?? true);
    for (const [i, recipient] of ctx.declaration.recipients.entries()) {
      const declared = recipient.transferSafeguard;
      if (declared !== undefined && accepted.has(declared)) continue;
      // Index 0 is `location`, k > 0 is `otherLocations[k - 1]`: the finding points at the place to fix.
      const places = [recipient.location, ...recipient.otherLocations];
      const outside = places.flatMap((place, k) => (inside.has(place.country) ? [] : [{ place, k }]));
      const uncovered =
        declared === 'adequacy-decision' ? outside.filter(({ place }) => !covered(place, recipient)) : outside;
      const first = uncovered[0];
      if (first === undefined) continue;
      yield {
        path:
          declared !== undefined
            ? ['recipients', i, 'transferSafeguard']
            : first.k === 0
              ? ['recipients', i, 'location']
              : ['recipients', i, 'otherLocations', first.k - 1],
        vars: {
          recipient: recipient.name,
          countries: [...new Set(uncovered.map(({ place }) => place.country))].join(', '),
          safeguard: declared === undefined ? NONE : TRANSFER_SAFEGUARD_LABELS[declared],
        },
      };
    }
  },
});
