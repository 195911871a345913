import type { Location, PostalAddress } from '../../declaration/schema/common.js';
import type { CookieCategory } from '../../declaration/schema/cookies.js';
import type { ContactPerson, Jurisdiction, ORGANISATION_KINDS } from '../../declaration/schema/organisation.js';
import type {
  COLLECTION_MEANS,
  CONSENT_EXCEPTIONS,
  CONSENT_TYPES,
  GDPR_BASES,
  GDPR_SPECIAL_CONDITIONS,
  MARKETING_CHANNELS,
} from '../../declaration/schema/purposes.js';
import type { RECIPIENT_ROLES, TRANSFER_SAFEGUARDS } from '../../declaration/schema/recipients.js';
import type { RETENTION_ACTIONS, RETENTION_TRIGGERS } from '../../declaration/schema/retention.js';
import type { CHANNEL_KINDS, Right } from '../../declaration/schema/rights.js';
import type { ASSESSMENT_STATUSES, Security } from '../../declaration/schema/security.js';
import type { Localized } from '../../i18n/localized.js';

/**
 * The notice as data, before any language or format is chosen: what the declaration says,
 * with ids resolved to names and the facts a reader needs derived (transfers, who receives what).
 * Both the renderer and the diff read this shape, so they can never disagree about the facts.
 * Names are already in the French of the organisation's readers (Quebec's or France's).
 */
export interface NoticeModel {
  readonly organisation: OrganisationModel;
  readonly personInCharge?: PersonInChargeModel;
  readonly dpo?: ContactPerson;
  readonly representative?: ContactPerson;
  readonly jointControllers: readonly { readonly name: string; readonly contact: string }[];
  readonly collection: CollectionModel;
  readonly purposes: readonly PurposeModel[];
  readonly minors: MinorsModel;
  readonly cookies: readonly CookieModel[];
  readonly consentBanner?: { readonly choiceLifetime: string; readonly refuseAllOnFirstLayer: boolean };
  readonly staffAccess?: Localized;
  readonly recipients: readonly RecipientModel[];
  readonly transfers: readonly TransferModel[];
  readonly retention: readonly RetentionModel[];
  /** Purposes that name no retention rule: the notice says so instead of leaving a gap. */
  readonly purposesWithoutRetention: readonly Ref[];
  readonly security?: Security;
  readonly rights?: RightsModel;
  readonly authorities: readonly AuthorityModel[];
  readonly policy: PolicyModel;
}

/** Something the declaration names by id, with the name a reader sees. */
export interface Ref {
  readonly id: string;
  readonly name: Localized;
}

export interface CategoryRef extends Ref {
  /** Sensitive as the organisation's law means it: Quebec's or PIPEDA's notion, or else a GDPR Art. 9 category. */
  readonly sensitive: boolean;
  /** The top of its family in the taxonomy (contact for email), used to group the list a reader scans. */
  readonly group: Ref;
}

export interface OrganisationModel {
  readonly legalName: string;
  readonly displayName?: string;
  readonly kind: (typeof ORGANISATION_KINDS)[number];
  readonly providesHealthServices: boolean;
  readonly jurisdictions: readonly Jurisdiction[];
  readonly businessNumber?: string;
  readonly website?: string;
  readonly address: PostalAddress;
  readonly description?: Localized;
  readonly governancePolicy?: { readonly url?: string; readonly approvedOn?: string; readonly approvedBy?: string };
}

export interface PersonInChargeModel extends ContactPerson {
  readonly delegatedInWriting?: boolean;
  readonly since?: string;
}

export type CollectionMean = (typeof COLLECTION_MEANS)[number];

export interface CollectionModel {
  /** Every category some purpose uses, in the order the purposes first name them. */
  readonly categories: readonly CategoryRef[];
  readonly subjects: readonly Ref[];
  /** Whether some information comes from the person. */
  readonly fromYou: boolean;
  /** The other sources (insurers, schools…). */
  readonly otherSources: readonly Ref[];
  readonly means: readonly CollectionMean[];
}

/** The legal systems whose bases a notice shows, decided by the organisation's jurisdictions. */
export type BasisRegime = 'quebec' | 'pipeda' | 'gdpr';

export type ConsentType = (typeof CONSENT_TYPES)[number];
export type ConsentException = (typeof CONSENT_EXCEPTIONS)[number];
export type GdprBasis = (typeof GDPR_BASES)[number];
export type GdprSpecialCondition = (typeof GDPR_SPECIAL_CONDITIONS)[number];

export type BasisModel =
  | { readonly regime: 'quebec' | 'pipeda'; readonly consent?: ConsentType; readonly exception?: ConsentException }
  | {
      readonly regime: 'gdpr';
      readonly basis?: GdprBasis;
      readonly legitimateInterest?: Localized;
      /** Only shown when the purpose handles a special category or the declaration names one. */
      readonly specialCategoryCondition?: GdprSpecialCondition;
      readonly specialCategory: boolean;
      readonly law?: string;
    };

export type MarketingChannel = (typeof MARKETING_CHANNELS)[number];

export interface PurposeModel extends Ref {
  readonly description?: Localized;
  readonly secondary: boolean;
  readonly categories: readonly CategoryRef[];
  readonly subjects: readonly Ref[];
  readonly sources: readonly Ref[];
  readonly means: readonly CollectionMean[];
  /** One entry per regime the organisation is under, in the order quebec, pipeda, gdpr. */
  readonly bases: readonly BasisModel[];
  readonly reliesOnConsent: boolean;
  readonly retention?: Ref;
  readonly recipients: readonly Ref[];
  readonly identifies: boolean;
  readonly locates: boolean;
  readonly profiles: boolean;
  readonly marketing?: {
    readonly channels: readonly MarketingChannel[];
    readonly optIn: boolean;
    readonly unsubscribe: boolean;
  };
  readonly consequencesOfRefusal?: Localized;
  readonly automatedDecision?: {
    readonly exclusivelyAutomated: boolean;
    readonly logic: Localized;
    readonly review?: Localized;
  };
  readonly concernsMinors: boolean;
}

export interface MinorsModel {
  readonly parentalConsentUnder?: number;
  readonly jointConsentUnder?: number;
  readonly process?: Localized;
  /** Purposes whose people may include minors. */
  readonly purposes: readonly Ref[];
}

export interface CookieModel {
  readonly name: string;
  readonly provider: string;
  readonly category: CookieCategory;
  /** An ISO 8601 duration or `session`. */
  readonly lifetime: string;
  readonly purpose: Localized;
  readonly identifies: boolean;
  readonly locates: boolean;
  readonly profiles: boolean;
  /** P-39.1 s.8.1 and CNIL: the tracker stays off until the visitor turns it on. */
  readonly offUntilAccepted: boolean;
  readonly thirdParty: boolean;
  readonly privacyPolicy?: string;
}

export type RecipientRole = (typeof RECIPIENT_ROLES)[number];
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface AssessmentModel {
  readonly id: string;
  readonly status: AssessmentStatus;
  readonly completedOn?: string;
}

export interface RecipientModel {
  readonly id: string;
  readonly name: string;
  readonly description?: Localized;
  readonly role: RecipientRole;
  readonly locations: readonly Location[];
  /** What it receives: the categories of the purposes that send it information or run on systems it operates. */
  readonly categories: readonly CategoryRef[];
  readonly purposes: readonly Ref[];
  /** A written contract binds it (P-39.1 s.18.3, GDPR Art. 28). */
  readonly underContract: boolean;
}

/** A border information crosses, relative to the organisation's jurisdictions. */
export type Border = 'quebec' | 'canada' | 'eu';

export interface TransferModel {
  /** The recipient id, or `system:<id>` for a system of the organisation itself. */
  readonly id: string;
  readonly name: string;
  readonly role?: RecipientRole;
  /** Only the places outside the organisation's jurisdictions. */
  readonly locations: readonly Location[];
  readonly crosses: readonly Border[];
  readonly safeguard?: TransferSafeguard;
  readonly assessment?: AssessmentModel;
  readonly categories: readonly CategoryRef[];
}

export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

export interface RetentionModel extends Ref {
  readonly duration?: string;
  readonly criteria?: Localized;
  readonly trigger: RetentionTrigger;
  readonly action: RetentionAction;
  readonly exceptions: readonly {
    readonly records: Localized;
    readonly duration?: string;
    readonly trigger?: RetentionTrigger;
    readonly reason?: Localized;
    readonly citation?: string;
  }[];
  readonly citation?: string;
  readonly purposes: readonly Ref[];
}

export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface RightsModel {
  readonly available: readonly Right[];
  readonly channels: readonly { readonly kind: ChannelKind; readonly value: string; readonly label?: Localized }[];
  readonly identityVerification?: Localized;
  readonly responseDeadline?: string;
  readonly fees?: { readonly access: 'free' | 'reasonable-fee'; readonly description?: Localized };
  readonly complaints?: {
    readonly acknowledgementDeadline?: string;
    readonly levels: readonly {
      readonly name: Localized;
      readonly handledBy: Localized;
      readonly contact?: string;
      readonly authority?: AuthorityModel;
      readonly deadline?: string;
    }[];
  };
}

export interface AuthorityModel {
  readonly id: string;
  readonly name: Localized;
  readonly role: 'regulator' | 'complaint-body' | 'ombudsman';
  readonly url?: string;
  readonly address?: PostalAddress;
}

export interface PolicyModel {
  readonly version: string;
  readonly effectiveDate: string;
  readonly changeNotice?: Localized;
}
