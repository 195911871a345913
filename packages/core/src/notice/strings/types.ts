import type { CookieCategory } from '../../declaration/schema/cookies.js';
import type { Right } from '../../declaration/schema/rights.js';
import type {
  AssessmentStatus,
  AuthorityModel,
  BasisRegime,
  Border,
  ChannelKind,
  CollectionMean,
  ConsentException,
  ConsentType,
  GdprBasis,
  GdprSpecialCondition,
  MarketingChannel,
  RecipientRole,
  RetentionAction,
  RetentionTrigger,
  TransferSafeguard,
} from '../model/types.js';
import type { SectionId } from '../section-ids.js';
import type { StatedLaw } from './stated-law.js';

/**
 * Every enum value a reader may see, with its words. `Record` over the schema's enums makes a
 * missing translation a type error instead of an id leaking into a published notice.
 */
export interface NoticeLabels {
  readonly consent: Record<ConsentType, string>;
  readonly consentException: Record<ConsentException, string>;
  readonly gdprBasis: Record<GdprBasis, string>;
  readonly gdprSpecialCondition: Record<GdprSpecialCondition, string>;
  readonly collectionMean: Record<CollectionMean, string>;
  readonly marketingChannel: Record<MarketingChannel, string>;
  readonly cookieCategory: Record<CookieCategory, string>;
  readonly recipientRole: Record<RecipientRole, string>;
  readonly safeguard: Record<TransferSafeguard, string>;
  readonly assessmentStatus: Record<AssessmentStatus, string>;
  readonly border: Record<Border, string>;
  /** "outside Quebec": reads after "communicated" / « communiqués ». */
  readonly outside: Record<Border, string>;
  /** A noun phrase that reads after "after" / « après » : "the end of the contract". */
  readonly trigger: Record<RetentionTrigger, string>;
  readonly action: Record<RetentionAction, string>;
  readonly right: Record<Right, { readonly name: string; readonly explanation: string }>;
  readonly channel: Record<ChannelKind, string>;
  readonly authorityRole: Record<AuthorityModel['role'], string>;
  /** How the basis line is labelled when the organisation is under one regime, or several. */
  readonly basisRegime: Record<BasisRegime, { readonly alone: string; readonly among: string }>;
  /** The label when Quebec and federal law get the same answer and a GDPR line follows. */
  readonly basisCanada: string;
  /** Canadian provinces and territories by postal code (QC → Québec). */
  readonly provinces: Readonly<Record<string, string>>;
}

/** The typography and small grammar of one language. */
export interface Grammar {
  /** "A, B et C" / "A, B and C". */
  list(items: readonly string[]): string;
  /** "A, B ou C" / "A, B or C". */
  alternatives(items: readonly string[]): string;
  /** « X » / “X”. */
  quote(text: string): string;
  /** Separates items that contain commas themselves. */
  readonly semicolon: string;
  /** "Label : " with the space French typography puts before a colon. */
  label(text: string): string;
  date(year: number, month: number, day: number): string;
  /** "10 years after the end of the contract". */
  after(duration: string, trigger: string): string;
}

export interface ContactLabels {
  readonly name: string;
  readonly title: string;
  readonly email: string;
  readonly phone: string;
  readonly address: string;
  readonly website: string;
}

/** All the fixed words of the notice in one language. */
export interface NoticeStrings {
  readonly grammar: Grammar;
  readonly labels: NoticeLabels;
  readonly notStated: string;
  readonly yes: string;
  readonly no: string;
  readonly title: (organisation: string) => string;
  readonly intro: {
    readonly about: (organisation: string) => string;
    readonly definition: string;
    readonly version: (version: string, date: string) => string;
  };
  readonly tocTitle: string;
  /** Every title but the transfers', which names the borders that matter to this organisation. */
  readonly sectionTitle: Record<Exclude<SectionId, 'transfers'>, string>;
  readonly contact: ContactLabels;
  readonly whoWeAre: {
    readonly organisation: string;
    readonly businessNumber: string;
    readonly jointControllers: string;
    readonly governance: (approvedOn?: string, approvedBy?: string) => string;
    readonly governanceLink: string;
    readonly personInCharge: string;
    readonly personInChargeIntro: string;
    readonly since: (date: string) => string;
    readonly delegated: string;
    readonly dpo: string;
    readonly dpoIntro: string;
    /** When no person in charge is named, the DPO is the first contact. */
    readonly dpoIntroAlone: string;
    readonly representative: string;
  };
  readonly collection: {
    readonly intro: string;
    readonly sensitive: (categories: string) => string;
    readonly subjects: (subjects: string) => string;
    readonly fromYou: string;
    readonly alsoFrom: (sources: string) => string;
    readonly onlyFrom: (sources: string) => string;
    readonly means: (means: string) => string;
    readonly cookies: string;
  };
  readonly purposes: {
    readonly intro: string;
    /** What happens before information is used for a new purpose, by the law the notice states. */
    readonly newPurpose: Record<StatedLaw, string>;
    readonly categories: string;
    readonly subjects: string;
    readonly sources: string;
    readonly means: string;
    readonly specialCategory: string;
    readonly recipients: string;
    readonly retention: string;
    readonly refusal: string;
    readonly secondary: string;
    readonly notRequired: (exception?: string) => string;
    readonly legitimateInterest: (interest: string) => string;
    readonly law: (basis: string, law: string) => string;
    readonly tracking: (what: string) => string;
    readonly trackingVerbs: { readonly identifies: string; readonly locates: string; readonly profiles: string };
    readonly marketing: (channels: string) => string;
    readonly optIn: string;
    readonly unsubscribe: string;
    readonly automated: string;
  };
  readonly consent: {
    readonly purposes: string;
    readonly withdraw: string;
    readonly effect: string;
    readonly others: string;
    readonly none: string;
  };
  readonly automated: {
    readonly none: string;
    /** The fact alone: a decision made by automated processing only. */
    readonly exclusive: (purpose: string) => string;
    /** When the person is told of it, by the law the notice states. */
    readonly informed: Record<StatedLaw, string>;
    readonly assisted: (purpose: string) => string;
    readonly logic: string;
    readonly review: string;
    readonly quebecRights: string;
    readonly gdprRights: string;
  };
  readonly minors: {
    readonly parental: (age: number) => string;
    readonly joint: (age: number) => string;
    readonly purposes: string;
    readonly none: string;
  };
  readonly cookies: {
    readonly none: string;
    readonly what: string;
    /** Which cookies wait for the visitor's consent, said only when every one of them does. */
    readonly offUntilAccepted: Record<StatedLaw, string>;
    readonly caption: string;
    readonly headers: {
      readonly name: string;
      readonly provider: string;
      readonly category: string;
      readonly lifetime: string;
      readonly purpose: string;
      readonly tracking: string;
      readonly activation: string;
    };
    readonly thirdParty: string;
    readonly privacyPolicy: string;
    readonly session: string;
    readonly tracks: { readonly identifies: string; readonly locates: string; readonly profiles: string };
    readonly off: string;
    readonly on: string;
    readonly refuseAll: string;
    readonly choiceLifetime: (duration: string) => string;
    readonly browser: string;
  };
  readonly recipients: {
    readonly staff: string;
    readonly intro: string;
    readonly none: string;
    readonly contracts: string;
    readonly caption: string;
    readonly headers: {
      readonly name: string;
      readonly role: string;
      readonly categories: string;
      readonly purposes: string;
      readonly location: string;
    };
  };
  readonly transfers: {
    readonly title: (outside: string) => string;
    readonly intro: (outside: string) => string;
    readonly table: string;
    readonly none: Record<Border, string>;
    readonly caption: (outside: string) => string;
    readonly headers: {
      readonly name: string;
      readonly location: string;
      readonly crosses: string;
      readonly categories: string;
      readonly safeguard: string;
      /** The Quebec name (évaluation des facteurs relatifs à la vie privée). */
      readonly assessment: string;
      /** The name outside Quebec, where the assessment is a transfer or data protection impact assessment. */
      readonly assessmentElsewhere: string;
    };
    readonly ownSystem: (name: string) => string;
    readonly assessedOn: (date: string) => string;
    readonly notAssessed: string;
  };
  readonly retention: {
    readonly intro: string;
    readonly caption: string;
    readonly headers: {
      readonly rule: string;
      readonly purposes: string;
      readonly duration: string;
      readonly trigger: string;
      readonly action: string;
      readonly exceptions: string;
      readonly citation: string;
    };
    readonly none: string;
    readonly noException: string;
    readonly missing: (purposes: string) => string;
  };
  readonly security: {
    readonly intro: string;
    readonly technical: string;
    readonly organisational: string;
    readonly physical: string;
    readonly none: string;
  };
  readonly rights: {
    readonly intro: string;
    readonly exercise: string;
    readonly channels: string;
    readonly noRights: string;
    readonly free: string;
    /** When access is not simply free: what may be charged, by the law the notice states. */
    readonly fee: Record<StatedLaw, string>;
    readonly deadline: Record<StatedLaw, (duration: string) => string>;
    readonly deemedRefusal: string;
  };
  readonly complaints: {
    readonly intro: string;
    readonly acknowledgement: (duration: string) => string;
    readonly deadline: (duration: string) => string;
    readonly authorities: string;
    readonly authoritiesIntro: string;
    readonly none: string;
  };
  readonly changes: {
    readonly version: string;
    readonly effective: string;
    readonly defaultNotice: string;
  };
}
