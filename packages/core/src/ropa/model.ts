import type { Location, PostalAddress } from '../declaration/schema/common.js';
import type { ContactPerson, Jurisdiction } from '../declaration/schema/organisation.js';
import type { LegalBasis } from '../declaration/schema/purposes.js';
import type { Security } from '../declaration/schema/security.js';
import type { Localized } from '../i18n/localized.js';
import type { Duration } from '../time/duration.js';
import type {
  AssessmentStatus,
  AssessmentTrigger,
  RecipientRole,
  RetentionAction,
  RetentionTrigger,
  TransferSafeguard,
} from './model-enums.js';

/*
 * The records of processing, derived from the declaration and still language-neutral: texts stay
 * Localized and enumerations stay codes, so that each serialiser (CSV, XLSX, JSON-LD) words them itself.
 */

/** Who answers for the processing: GDPR Art. 30(1)(a), P-39.1 s.3.1. */
export interface RopaController {
  readonly legalName: string;
  readonly displayName?: string | undefined;
  readonly jurisdictions: readonly Jurisdiction[];
  readonly businessNumber?: string | undefined;
  readonly website?: string | undefined;
  readonly address: PostalAddress;
  /** The person in charge of the protection of personal information (Quebec), or the privacy contact. */
  readonly personInCharge?: ContactPerson | undefined;
  readonly dpo?: ContactPerson | undefined;
  readonly representative?: ContactPerson | undefined;
  readonly jointControllers: readonly { readonly name: string; readonly contact: string }[];
}

export interface RopaDataCategory {
  readonly id: string;
  readonly label: Localized;
  /** W3C DPV term of the taxonomy (pd:HealthRecord…). */
  readonly dpv: string;
  /** Sensitive in the Quebec sense (P-39.1 s.12). */
  readonly sensitive: boolean;
  /** GDPR Art. 9 special category. */
  readonly specialCategory: boolean;
}

export interface RopaSubject {
  readonly id: string;
  readonly label: Localized;
  readonly dpv: string;
  readonly includesMinors: boolean;
}

export interface RopaSource {
  readonly id: string;
  readonly label: Localized;
}

/** A place where information is stored or processed, and why it matters legally. */
export interface RopaPlace extends Location {
  /** Outside Quebec, for a Quebec organisation (P-39.1 s.17; s.70.1). */
  readonly outsideQuebec: boolean;
  /** Outside Canada, for an organisation under Quebec or Canadian law. */
  readonly outsideCanada: boolean;
  /** Outside the European Economic Area, for an organisation under the GDPR (Arts. 44-49). */
  readonly gdprThirdCountry: boolean;
}

export interface RopaRecipient {
  readonly id: string;
  readonly name: string;
  readonly role: RecipientRole;
  readonly places: readonly RopaPlace[];
  readonly safeguard?: TransferSafeguard | undefined;
}

/** Information leaving the organisation's jurisdiction: GDPR Art. 30(1)(e), P-39.1 s.17. */
export interface RopaTransfer {
  readonly recipientId: string;
  readonly recipientName: string;
  readonly place: RopaPlace;
  /** Undefined when the declaration does not say how the transfer is protected. */
  readonly safeguard?: TransferSafeguard | undefined;
}

export interface RopaSystem {
  readonly id: string;
  readonly name: string;
  readonly place: RopaPlace;
  /** The recipient that operates the system, when it is not the organisation. */
  readonly operatedBy?: { readonly id: string; readonly name: string } | undefined;
}

export interface RopaRetentionException {
  readonly records: Localized;
  readonly duration?: Duration | undefined;
  readonly trigger?: RetentionTrigger | undefined;
  readonly reason?: Localized | undefined;
  readonly citation?: string | undefined;
}

/** The erasure time limit of a purpose: GDPR Art. 30(1)(f). */
export interface RopaRetention {
  readonly id: string;
  readonly name: Localized;
  readonly iso?: string | undefined;
  readonly duration?: Duration | undefined;
  readonly criteria?: Localized | undefined;
  readonly trigger: RetentionTrigger;
  readonly action: RetentionAction;
  readonly citation?: string | undefined;
  readonly exceptions: readonly RopaRetentionException[];
}

export interface RopaAssessment {
  readonly id: string;
  readonly title: Localized;
  readonly triggers: readonly AssessmentTrigger[];
  readonly status: AssessmentStatus;
  readonly completedOn?: string | undefined;
  readonly approvedOn?: string | undefined;
}

/** The bases as declared: GDPR Art. 6 and 9, Quebec and PIPEDA consent. */
export type RopaLegalBasis = LegalBasis;

/** P-39.1 s.8.1 and s.12.1, GDPR Arts. 21-22. */
export interface RopaProfiling {
  readonly identifies: boolean;
  readonly locates: boolean;
  readonly profiles: boolean;
  readonly automatedDecision?:
    | { readonly exclusivelyAutomated: boolean; readonly logic: Localized; readonly review?: Localized | undefined }
    | undefined;
}

/** One processing activity of the GDPR Art. 30(1) record: one per declared purpose. */
export interface RopaActivity {
  readonly id: string;
  readonly name: Localized;
  readonly description?: Localized | undefined;
  readonly secondary: boolean;
  readonly legalBasis: RopaLegalBasis;
  readonly subjects: readonly RopaSubject[];
  readonly dataCategories: readonly RopaDataCategory[];
  readonly sources: readonly RopaSource[];
  /** Recipients named by the purpose, and processors operating the systems it uses. */
  readonly recipients: readonly RopaRecipient[];
  readonly transfers: readonly RopaTransfer[];
  /** Undefined when the purpose names no retention rule: the record shows the gap. */
  readonly retention?: RopaRetention | undefined;
  readonly systems: readonly RopaSystem[];
  readonly impactAssessment?: RopaAssessment | undefined;
  readonly profiling: RopaProfiling;
}

export interface RopaPurposeRef {
  readonly id: string;
  readonly name: Localized;
}

/** How long a category is kept for some of its purposes; no rule means those purposes name none. */
export interface RopaInventoryRetention {
  readonly rule?: RopaRetention | undefined;
  readonly purposes: readonly RopaPurposeRef[];
}

/** One line of the Quebec inventory of personal information (P-39.1 s.3.2 governance policies). */
export interface RopaInventoryEntry {
  readonly category: RopaDataCategory;
  readonly purposes: readonly RopaPurposeRef[];
  readonly subjects: readonly RopaSubject[];
  readonly systems: readonly RopaSystem[];
  readonly recipients: readonly RopaRecipient[];
  /** One entry per retention rule, then one for the purposes without any. */
  readonly retention: readonly RopaInventoryRetention[];
}

export interface RopaAgreement {
  readonly reference: string;
  readonly signedOn?: string | undefined;
  readonly reviewOn?: string | undefined;
}

/** One line of the processors and recipients register (GDPR Art. 28, P-39.1 s.18.3). */
export interface RopaProcessorEntry {
  readonly recipient: RopaRecipient;
  readonly description?: Localized | undefined;
  readonly contract?: RopaAgreement | undefined;
  readonly confidentialityAgreement?: RopaAgreement | undefined;
  readonly assessment?: RopaAssessment | undefined;
  readonly hostsHealthData: boolean;
  readonly hdsCertified?: boolean | undefined;
  /** The systems it operates for the organisation. */
  readonly systems: readonly RopaSystem[];
  readonly purposes: readonly RopaPurposeRef[];
  readonly dataCategories: readonly RopaDataCategory[];
}

export interface Ropa {
  readonly controller: RopaController;
  /** General description of the security measures: GDPR Art. 30(1)(g). */
  readonly security: Security;
  readonly policy: { readonly version: string; readonly effectiveDate: string };
  readonly activities: readonly RopaActivity[];
  readonly inventory: readonly RopaInventoryEntry[];
  readonly processors: readonly RopaProcessorEntry[];
}
