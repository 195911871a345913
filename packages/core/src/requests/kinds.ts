import type { Localized } from '../i18n/localized.js';

/** The rights a person can exercise through Vigie (issue 4, intake). Which regime grants which is data (the pack). */
export const REQUEST_KINDS = [
  'access',
  'rectification',
  'erasure',
  'portability',
  'withdrawal-of-consent',
  'restriction',
  'objection',
  'objection-to-marketing',
  'cessation-of-dissemination',
  'automated-decision-review',
  'post-mortem-directives',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** The names people read, in letters and forms. */
export const REQUEST_KIND_LABELS: Record<RequestKind, Localized> = {
  access: { fr: 'accès aux renseignements personnels', en: 'access to personal information' },
  rectification: { fr: 'rectification', en: 'rectification' },
  erasure: { fr: 'effacement', en: 'erasure' },
  portability: { fr: 'portabilité', en: 'portability' },
  'withdrawal-of-consent': { fr: 'retrait du consentement', en: 'withdrawal of consent' },
  restriction: { fr: 'limitation du traitement', en: 'restriction of processing' },
  objection: { fr: 'opposition au traitement', en: 'objection to processing' },
  'objection-to-marketing': { fr: 'opposition à la prospection commerciale', en: 'objection to marketing' },
  'cessation-of-dissemination': {
    fr: 'cessation de diffusion ou désindexation',
    en: 'cessation of dissemination or de-indexing',
  },
  'automated-decision-review': { fr: "révision d'une décision automatisée", en: 'review of an automated decision' },
  'post-mortem-directives': {
    fr: 'directives relatives au sort des données après le décès',
    en: 'directives on data after death',
  },
};

/**
 * Who files the request. Anyone but the person concerned must prove their capacity (P-39.1 s. 30,
 * LIL art. 85 for heirs): a parent or tutor of a minor, a mandatary, an heir, an executor.
 */
export const REQUESTER_ROLES = ['self', 'parent-or-tutor', 'mandatary', 'heir', 'executor'] as const;
export type RequesterRole = (typeof REQUESTER_ROLES)[number];

export interface Requester {
  readonly role: RequesterRole;
  /** Whether a document proving the representative's capacity was received (the file itself lives elsewhere). */
  readonly proofOfCapacity?: boolean;
  /** For a parent or tutor: the age of the minor concerned, to check representation is allowed. */
  readonly minorAge?: number;
}
