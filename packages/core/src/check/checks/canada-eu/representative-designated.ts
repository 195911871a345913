import * as z from 'zod';
import { countrySchema } from '../../../declaration/schema/common.js';
import { ORGANISATION_KINDS } from '../../../declaration/schema/organisation.js';
import { defineCheck } from '../../check-definition.js';

/**
 * A controller established outside the Union that the GDPR reaches (Art. 3(2)) designates in writing a
 * representative in the Union and gives its contact details (Arts. 27(1), 13(1)(a)). Public bodies are
 * exempt (Art. 27(2)(b)); `exemptKinds` names them. `area` lists the countries where the GDPR applies.
 */
export const representativeDesignated = defineCheck({
  id: 'representative-designated',
  description: 'an organisation whose address is outside `area` declares organisation.representative with a contact',
  params: z.strictObject({
    area: z.array(countrySchema).min(1),
    exemptKinds: z.array(z.enum(ORGANISATION_KINDS)).default([]),
  }),
  *run({ declaration }, { area, exemptKinds }) {
    const { organisation } = declaration;
    if (area.includes(organisation.address.country) || exemptKinds.includes(organisation.kind)) return;
    const rep = organisation.representative;
    if (rep !== undefined && (rep.email ?? rep.phone ?? rep.address ?? rep.url) !== undefined) return;
    yield {
      path: rep === undefined ? ['organisation'] : ['organisation', 'representative'],
      vars: { country: organisation.address.country },
    };
  },
});
