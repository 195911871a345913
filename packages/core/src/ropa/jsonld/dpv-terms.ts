import type {
  AssessmentStatus,
  ConsentType,
  GdprBasis,
  GdprSpecialCondition,
  RecipientRole,
  TransferSafeguard,
} from '../model-enums.js';

/*
 * W3C Data Privacy Vocabulary terms the JSON-LD record uses. Each was checked against the DPV 2.0
 * sources (github.com/w3c/dpv, folder 2.0/): dpv/modules/{process,processing,processing_context,context,
 * personal_data,entities,entities_legalrole,jurisdiction,TOM,risk,status,consent_types}.csv,
 * legal/eu/gdpr/modules/{legal_basis,legal_basis_special,legal_basis_data_transfer}.csv and
 * loc/modules/locations.csv (countries only: DPV has no Canadian provinces). The core terms dpv:Purpose,
 * dpv:hasPurpose, dpv:hasDataSubject, dpv:LegalBasis and dpv:hasLegalBasis were not re-read.
 * DPV has no "dpv:ProcessingActivity": a processing activity is a dpv:PersonalDataProcess (a dpv:Process
 * involving personal data), the term DPV recommends over the sunset dpv:PersonalDataHandling.
 * The prefixes are DPV's unversioned namespaces, which resolve to the current release.
 */

export const JSONLD_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  loc: 'https://w3id.org/dpv/loc#',
  dct: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** GDPR Art. 6(1)(a)-(f). */
export const GDPR_BASIS_TERMS: Readonly<Record<GdprBasis, string>> = {
  consent: 'eu-gdpr:A6-1-a',
  contract: 'eu-gdpr:A6-1-b',
  'legal-obligation': 'eu-gdpr:A6-1-c',
  'vital-interests': 'eu-gdpr:A6-1-d',
  'public-task': 'eu-gdpr:A6-1-e',
  'legitimate-interests': 'eu-gdpr:A6-1-f',
};

/** GDPR Art. 9(2)(a)-(j). */
export const SPECIAL_CONDITION_TERMS: Readonly<Record<GdprSpecialCondition, string>> = {
  'explicit-consent': 'eu-gdpr:A9-2-a',
  'employment-social-security': 'eu-gdpr:A9-2-b',
  'vital-interests': 'eu-gdpr:A9-2-c',
  'non-profit-body': 'eu-gdpr:A9-2-d',
  'made-public': 'eu-gdpr:A9-2-e',
  'legal-claims': 'eu-gdpr:A9-2-f',
  'substantial-public-interest': 'eu-gdpr:A9-2-g',
  'health-care': 'eu-gdpr:A9-2-h',
  'public-health': 'eu-gdpr:A9-2-i',
  'research-statistics': 'eu-gdpr:A9-2-j',
};

/**
 * GDPR transfer tools. Binding corporate rules are approved under Art. 47 and used under Art. 46(2)(b).
 * A derogation names no point of Art. 49(1), and a written agreement is a Quebec tool (P-39.1 s.17):
 * neither has a term, and the transfer then carries only its description.
 */
export const SAFEGUARD_TERMS: Readonly<Partial<Record<TransferSafeguard, string>>> = {
  'adequacy-decision': 'eu-gdpr:A45-3',
  'standard-contractual-clauses': 'eu-gdpr:A46-2-c',
  'binding-corporate-rules': 'eu-gdpr:A46-2-b',
};

/** Quebec and PIPEDA consent; "not required" rests on an exception, a plain dpv:LegalBasis. */
export const CONSENT_TERMS: Readonly<Record<ConsentType, string>> = {
  implicit: 'dpv:ImpliedConsent',
  express: 'dpv:ExpressedConsent',
  'not-required': 'dpv:LegalBasis',
};

export const ROLE_TERMS: Readonly<Record<RecipientRole, string>> = {
  processor: 'dpv:DataProcessor',
  controller: 'dpv:DataController',
  'joint-controller': 'dpv:DataController',
  'public-authority': 'dpv:Recipient',
  affiliate: 'dpv:Recipient',
};

export const STATUS_TERMS: Readonly<Record<AssessmentStatus, readonly string[]>> = {
  planned: ['dpv:ActivityPlanned'],
  'in-progress': ['dpv:ActivityOngoing'],
  completed: ['dpv:ActivityCompleted'],
  approved: ['dpv:ActivityCompleted', 'dpv:AuditApproved'],
};
