import * as z from 'zod';
import type { Declaration } from '../../../declaration/schema/declaration.js';
import type { Localized } from '../../../i18n/localized.js';
import { defineCheck } from '../../check-definition.js';
import { joinLocalized } from './join-localized.js';

/** What the published policy must let a reader find (PIPEDA Sch. 1, 4.8.1 and 4.8.2). */
const ITEMS = {
  website: {
    label: {
      fr: 'le site web où la politique est publiée (organisation.website)',
      en: 'the website where the policy is published (organisation.website)',
    },
    present: (d: Declaration) => d.organisation.website !== undefined,
  },
  'accountable-contact': {
    label: {
      fr: 'les coordonnées de la personne responsable (organisation.personInCharge : courriel, téléphone ou adresse)',
      en: 'the contact details of the accountable person (organisation.personInCharge: email, phone or address)',
    },
    present: (d: Declaration) => {
      const p = d.organisation.personInCharge;
      return p !== undefined && (p.email ?? p.phone ?? p.address) !== undefined;
    },
  },
  'access-channels': {
    label: {
      fr: "les moyens d'obtenir l'accès (rights.channels)",
      en: 'the means of gaining access (rights.channels)',
    },
    present: (d: Declaration) => (d.rights?.channels.length ?? 0) > 0,
  },
  'change-notice': {
    label: {
      fr: 'la façon dont les changements sont annoncés (policy.changeNotice)',
      en: 'how changes are announced (policy.changeNotice)',
    },
    present: (d: Declaration) => d.policy.changeNotice !== undefined,
  },
} satisfies Record<string, { label: Localized; present: (d: Declaration) => boolean }>;

type Item = keyof typeof ITEMS;
const ITEM_IDS = Object.keys(ITEMS) as [Item, ...Item[]];

/**
 * Openness: the policy (whose version and effective date the schema already requires) is published and
 * tells a reader whom to contact and how to gain access. One finding lists everything missing.
 */
export const opennessPublished = defineCheck({
  id: 'openness-published',
  description: 'the declaration has every item of `require` that the published policy must show',
  params: z.strictObject({ require: z.array(z.enum(ITEM_IDS)).min(1) }),
  *run({ declaration }, { require }) {
    const missing = require.filter((item) => !ITEMS[item].present(declaration)).map((item) => ITEMS[item].label);
    if (missing.length === 0) return;
    yield {
      path: ['policy'],
      vars: { missing: joinLocalized(missing) },
    };
  },
});
