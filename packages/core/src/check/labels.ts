import type { CookieCategory } from '../declaration/schema/cookies.js';
import type { CONSENT_TYPES } from '../declaration/schema/purposes.js';
import type { RETENTION_TRIGGERS } from '../declaration/schema/retention.js';
import type { Right } from '../declaration/schema/rights.js';
import type { Localized } from '../i18n/localized.js';

/**
 * Declaration values as a reader sees them inside a finding's message. Typed as records over the
 * schema's enums so that a value added to the schema cannot go without its French and English words.
 */

export const RIGHT_LABELS: Readonly<Record<Right, Localized>> = {
  access: { fr: 'accès', en: 'access' },
  rectification: { fr: 'rectification', en: 'rectification' },
  erasure: { fr: 'suppression', en: 'erasure' },
  portability: { fr: 'portabilité', en: 'portability' },
  'withdraw-consent': { fr: 'retrait du consentement', en: 'withdrawal of consent' },
  restriction: { fr: 'limitation du traitement', en: 'restriction of processing' },
  objection: { fr: 'opposition', en: 'objection' },
  'de-indexing': { fr: 'désindexation', en: 'de-indexing' },
  'automated-decision-review': { fr: "révision d'une décision automatisée", en: 'review of an automated decision' },
  'post-mortem-directives': { fr: 'directives post mortem', en: 'post-mortem directives' },
};

export const COOKIE_CATEGORY_LABELS: Readonly<Record<CookieCategory, Localized>> = {
  essential: { fr: 'essentiel', en: 'essential' },
  functional: { fr: 'fonctionnel', en: 'functional' },
  analytics: { fr: "mesure d'audience", en: 'analytics' },
  marketing: { fr: 'marketing', en: 'marketing' },
  personalization: { fr: 'personnalisation', en: 'personalization' },
  security: { fr: 'sécurité', en: 'security' },
};

/** The functions P-39.1 s.8.1 (A-2.1 s.65.0.1) names, as flags on purposes and cookies. */
export const TRACKING_FUNCTIONS = ['identifies', 'locates', 'profiles'] as const;
type TrackingFunction = (typeof TRACKING_FUNCTIONS)[number];

export const TRACKING_FUNCTION_LABELS: Readonly<Record<TrackingFunction, Localized>> = {
  identifies: { fr: 'identification', en: 'identification' },
  locates: { fr: 'localisation', en: 'location' },
  profiles: { fr: 'profilage', en: 'profiling' },
};

export const SECURITY_KINDS = ['technical', 'organisational', 'physical'] as const;
type SecurityKind = (typeof SECURITY_KINDS)[number];

export const SECURITY_KIND_LABELS: Readonly<Record<SecurityKind, Localized>> = {
  technical: { fr: 'mesures techniques', en: 'technical measures' },
  organisational: { fr: 'mesures organisationnelles', en: 'organisational measures' },
  physical: { fr: 'mesures physiques', en: 'physical measures' },
};

/** The event a retention period runs from, written to follow "après" / "after". */
export const RETENTION_TRIGGER_LABELS: Readonly<Record<(typeof RETENTION_TRIGGERS)[number], Localized>> = {
  collection: { fr: 'la collecte', en: 'collection' },
  'last-entry': { fr: 'la dernière inscription au dossier', en: 'the last entry in the record' },
  'last-contact': { fr: 'le dernier contact', en: 'the last contact' },
  'end-of-contract': { fr: 'la fin du contrat', en: 'the end of the contract' },
  'case-closed': { fr: 'la fermeture du dossier', en: 'the closing of the file' },
  'end-of-employment': { fr: "la fin de l'emploi", en: 'the end of employment' },
  'consent-withdrawn': { fr: 'le retrait du consentement', en: 'the withdrawal of consent' },
  'account-closed': { fr: 'la fermeture du compte', en: 'the closing of the account' },
  listing: { fr: "l'inscription sur la liste", en: 'the listing' },
};

export const CONSENT_LABELS: Readonly<Record<(typeof CONSENT_TYPES)[number], Localized>> = {
  implicit: { fr: 'implicite', en: 'implicit' },
  express: { fr: 'exprès', en: 'express' },
  'not-required': { fr: 'non requis', en: 'not required' },
};

/** "accès, rectification" / "access, rectification": the labels of several values, in each language. */
export function listOf<K extends string>(labels: Readonly<Record<K, Localized>>, keys: readonly K[]): Localized {
  return {
    fr: keys.map((k) => labels[k].fr).join(', '),
    en: keys.map((k) => labels[k].en).join(', '),
  };
}
