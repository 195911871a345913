import type { TRANSFER_SAFEGUARDS } from '../../../declaration/schema/recipients.js';
import type { Localized } from '../../../i18n/localized.js';

/** The safeguards a recipient may declare, as a reader sees them in a finding. */
export const TRANSFER_SAFEGUARD_LABELS: Readonly<Record<(typeof TRANSFER_SAFEGUARDS)[number], Localized>> = {
  'none-needed': { fr: 'aucune garantie jugée nécessaire', en: 'no safeguard deemed necessary' },
  'adequacy-decision': { fr: "décision d'adéquation", en: 'adequacy decision' },
  'standard-contractual-clauses': { fr: 'clauses contractuelles types', en: 'standard contractual clauses' },
  'binding-corporate-rules': { fr: "règles d'entreprise contraignantes", en: 'binding corporate rules' },
  'written-agreement': { fr: 'entente écrite', en: 'written agreement' },
  derogation: { fr: 'dérogation (art. 49)', en: 'derogation (Art. 49)' },
};
