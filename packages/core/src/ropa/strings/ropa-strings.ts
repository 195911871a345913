import type { Lang } from '../../i18n/localized.js';
import type {
  AssessmentStatus,
  ConsentException,
  ConsentType,
  GdprBasis,
  GdprSpecialCondition,
  RecipientRole,
  RetentionAction,
  RetentionTrigger,
  TransferSafeguard,
} from '../model-enums.js';
import type { Art30Column } from '../tables/art30-table.js';
import type { InventoryColumn } from '../tables/inventory-table.js';
import type { ProcessorColumn } from '../tables/processors-table.js';
import { EN } from './en.js';
import { FR } from './fr.js';

/** Every word the records of processing print, in one language. Enumeration labels start in lower case. */
export interface RopaStrings {
  /** Sheet names: at most 31 characters, none of : \ / ? * [ ] (Excel's limits). */
  readonly sheets: { readonly art30: string; readonly inventory: string; readonly processors: string };
  readonly art30: Readonly<Record<Art30Column, string>>;
  readonly inventory: Readonly<Record<InventoryColumn, string>>;
  readonly processors: Readonly<Record<ProcessorColumn, string>>;
  readonly gdprBases: Readonly<Record<GdprBasis, string>>;
  readonly specialConditions: Readonly<Record<GdprSpecialCondition, string>>;
  readonly consentTypes: Readonly<Record<ConsentType, string>>;
  readonly consentExceptions: Readonly<Record<ConsentException, string>>;
  readonly roles: Readonly<Record<RecipientRole, string>>;
  readonly safeguards: Readonly<Record<TransferSafeguard, string>>;
  /** How the retention clock starts, written to follow a duration: "7 years after the end of the contract". */
  readonly triggers: Readonly<Record<RetentionTrigger, string>>;
  readonly actions: Readonly<Record<RetentionAction, string>>;
  readonly assessmentStatuses: Readonly<Record<AssessmentStatus, string>>;
  readonly securityKinds: { readonly technical: string; readonly organisational: string; readonly physical: string };
  /** What goes between a label and its value: " : " in French typography, ": " in English. */
  readonly colon: string;
  readonly words: {
    readonly notStated: string;
    readonly retentionNotStated: string;
    readonly none: string;
    /** "None" agreeing with a feminine noun in French (évaluation, fin, catégorie). */
    readonly noneFeminine: string;
    readonly noRecipients: string;
    readonly notApplicable: string;
    readonly dpoNotAppointed: string;
    readonly noContract: string;
    readonly noAgreement: string;
    readonly yes: string;
    readonly no: string;
    readonly sensitive: string;
    readonly specialCategory: string;
    /** The same, inside a category's notes, where the column already cites the article. */
    readonly specialCategoryShort: string;
    readonly notSensitive: string;
    readonly mayIncludeMinors: string;
    readonly dataSubjectSource: string;
    readonly secondaryPurpose: string;
    readonly quebec: string;
    readonly pipeda: string;
    readonly exception: string;
    readonly law: string;
    readonly businessNumber: string;
    readonly criteria: string;
    readonly followedBy: string;
    readonly retentionException: string;
    readonly safeguardNotStated: string;
    readonly operatedBy: string;
    readonly signedOn: string;
    readonly reviewOn: string;
    readonly completedOn: string;
    readonly approvedOn: string;
    readonly identifies: string;
    readonly locates: string;
    readonly profiles: string;
    readonly exclusivelyAutomated: string;
    readonly assistedDecision: string;
    readonly review: string;
    readonly hdsCertified: string;
    readonly hdsNotCertified: string;
  };
}

/** The strings of one language. */
export function ropaStrings(lang: Lang): RopaStrings {
  return lang === 'fr' ? FR : EN;
}
