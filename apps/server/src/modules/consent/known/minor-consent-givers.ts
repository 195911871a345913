import type { Localized, RequestRegime } from '@vigie/core';
import type { KNOWN_CONSENT_GIVERS } from './known-consent.chain.js';

type Giver = (typeof KNOWN_CONSENT_GIVERS)[number];

/**
 * Who may consent for a person under the regime's age. The age itself is the deadline pack's `minorRepresentedUnder`
 * (rule-packs/requests/request-deadlines.yaml); this says only who gives the consent then, with where the law says
 * so and how sure we are (V official text, S secondary source, M from memory).
 */
export const MINOR_CONSENT_GIVERS: Readonly<
  Record<
    RequestRegime,
    { readonly givers: readonly Giver[]; readonly confidence: 'V' | 'S' | 'M'; readonly citation: Localized }
  >
> = {
  // The person having parental authority or the tutor consents for a minor under 14.
  'qc-private': {
    givers: ['guardian', 'person-and-guardian'],
    confidence: 'S',
    citation: { fr: 'P-39.1, art. 4.1 et 14', en: 'P-39.1, ss. 4.1 and 14' },
  },
  'qc-public': {
    givers: ['guardian', 'person-and-guardian'],
    confidence: 'M',
    citation: { fr: 'A-2.1, art. 53.1 et 64.1', en: 'A-2.1, ss. 53.1 and 64.1' },
  },
  pipeda: {
    givers: ['guardian', 'person-and-guardian'],
    confidence: 'M',
    citation: { fr: 'LPRPDE, annexe 1, art. 4.3.6', en: 'PIPEDA, Sch. 1, cl. 4.3.6' },
  },
  // Under 15, consent is given jointly by the minor and the holder(s) of parental authority.
  'gdpr-fr': {
    givers: ['person-and-guardian'],
    confidence: 'V',
    citation: { fr: 'loi n° 78-17, art. 45', en: 'Act No. 78-17, art. 45' },
  },
};
