import type { Location } from '../../declaration/schema/common.js';
import type { CookieCategory } from '../../declaration/schema/cookies.js';
import type { ContactPerson } from '../../declaration/schema/organisation.js';
import type { Right } from '../../declaration/schema/rights.js';
import type { Localized } from '../../i18n/localized.js';
import type { FrenchVariant } from '../../taxonomy/french-variant.js';
import type {
  AssessmentStatus,
  BasisModel,
  Border,
  ChannelKind,
  RecipientRole,
  RetentionAction,
  RetentionTrigger,
  TransferSafeguard,
} from '../model/types.js';
import type { SectionId } from '../section-ids.js';

/** A value before and after, for the parts of an item that changed. */
export interface Change<T> {
  readonly before: T;
  readonly after: T;
}

/** What a retention rule says, as the reader sees it. */
export interface RetentionTerms {
  readonly duration?: string;
  readonly criteria?: Localized;
  readonly trigger: RetentionTrigger;
  readonly action: RetentionAction;
}

export type ContactRole = 'person-in-charge' | 'dpo' | 'representative';

/**
 * One change between two versions of a notice, in data: names are resolved and in both languages,
 * so `formatNoticeChanges` can write it for a subscriber, and other tools can serialise it as is.
 */
export type NoticeChange =
  | {
      readonly kind: 'policy-version';
      readonly before: { readonly version: string; readonly effectiveDate: string };
      readonly after: { readonly version: string; readonly effectiveDate: string };
    }
  | {
      readonly kind: 'contact-added' | 'contact-changed';
      readonly role: ContactRole;
      readonly contact: ContactPerson;
    }
  | { readonly kind: 'contact-removed'; readonly role: ContactRole }
  | { readonly kind: 'categories-added' | 'categories-removed'; readonly categories: readonly Localized[] }
  | { readonly kind: 'purpose-added' | 'purpose-removed'; readonly purpose: Localized }
  | { readonly kind: 'purpose-renamed'; readonly name: Change<Localized> }
  | { readonly kind: 'purpose-described'; readonly purpose: Localized }
  | { readonly kind: 'purpose-basis'; readonly purpose: Localized; readonly bases: Change<readonly BasisModel[]> }
  | {
      readonly kind: 'purpose-categories';
      readonly purpose: Localized;
      readonly added: readonly Localized[];
      readonly removed: readonly Localized[];
    }
  | { readonly kind: 'purpose-retention'; readonly purpose: Localized; readonly rule: Change<Localized | undefined> }
  | {
      readonly kind: 'recipient-added';
      readonly name: string;
      readonly role: RecipientRole;
      readonly locations: readonly Location[];
      readonly categories: readonly Localized[];
    }
  | { readonly kind: 'recipient-removed'; readonly name: string }
  | {
      readonly kind: 'recipient-changed';
      readonly name: string;
      readonly role?: Change<RecipientRole>;
      readonly locations?: Change<readonly Location[]>;
      readonly added: readonly Localized[];
      readonly removed: readonly Localized[];
    }
  | {
      readonly kind: 'transfer-added';
      readonly name: string;
      readonly locations: readonly Location[];
      readonly crosses: readonly Border[];
      readonly safeguard?: TransferSafeguard;
    }
  | { readonly kind: 'transfer-removed'; readonly name: string; readonly crosses: readonly Border[] }
  | {
      readonly kind: 'transfer-changed';
      readonly name: string;
      readonly locations?: Change<readonly Location[]>;
      readonly safeguard?: Change<TransferSafeguard | undefined>;
      readonly assessment?: Change<AssessmentStatus | undefined>;
    }
  | {
      readonly kind: 'retention-added';
      readonly rule: Localized;
      readonly purposes: readonly Localized[];
      readonly terms: RetentionTerms;
    }
  | { readonly kind: 'retention-removed'; readonly rule: Localized }
  | {
      readonly kind: 'retention-changed';
      readonly rule: Localized;
      readonly purposes: readonly Localized[];
      readonly terms: Change<RetentionTerms>;
    }
  | {
      readonly kind: 'cookie-added';
      readonly name: string;
      readonly provider: string;
      readonly category: CookieCategory;
      readonly offUntilAccepted: boolean;
    }
  | { readonly kind: 'cookie-removed'; readonly name: string; readonly provider: string }
  | {
      readonly kind: 'cookie-changed';
      readonly name: string;
      readonly category?: Change<CookieCategory>;
      readonly lifetime?: Change<string>;
      readonly offUntilAccepted?: Change<boolean>;
    }
  | { readonly kind: 'right-added' | 'right-removed'; readonly right: Right }
  | { readonly kind: 'response-deadline'; readonly deadline: Change<string | undefined> }
  | {
      readonly kind: 'channel-added' | 'channel-removed';
      readonly channel: { readonly kind: ChannelKind; readonly value: string };
    }
  | { readonly kind: 'security-measure-added' | 'security-measure-removed'; readonly measure: Localized }
  /** A section whose wording changed in a way no change above describes (a complaint step, the minors' process…). */
  | { readonly kind: 'section-updated'; readonly section: SectionId };

/**
 * The changes between two versions, with the French the organisation's readers read (from the new
 * version), so that the sentences sent to subscribers speak like the notice they describe.
 */
export interface NoticeDiff {
  readonly french: FrenchVariant;
  readonly changes: readonly NoticeChange[];
}
