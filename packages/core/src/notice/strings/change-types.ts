import type { ContactRole } from '../diff/types.js';
import type { ConsentType, RecipientRole, RetentionAction } from '../model/types.js';

/** Before/after sentences take the new value first, then the old one. */
type Was = (subject: string, after: string, before: string) => string;

/** The sentences that tell a subscriber what changed in the notice, in one language. */
export interface ChangeStrings {
  readonly intro: string;
  readonly unchanged: string;
  readonly version: (after: string, afterDate: string, before: string, beforeDate: string) => string;
  /** A noun phrase with its article: "the person in charge of…". */
  readonly contactRole: Record<ContactRole, string>;
  readonly contactAdded: (role: string, details: string) => string;
  readonly contactChanged: (role: string, details: string) => string;
  readonly contactRemoved: (role: string) => string;
  readonly categoriesAdded: (categories: string, count: number) => string;
  readonly categoriesRemoved: (categories: string, count: number) => string;
  readonly purposeAdded: (purpose: string) => string;
  readonly purposeRemoved: (purpose: string) => string;
  readonly purposeRenamed: (before: string, after: string) => string;
  readonly purposeDescribed: (purpose: string) => string;
  readonly purposeBasis: Was;
  /** Consent in two words, for before/after sentences. */
  readonly consentShort: Record<ConsentType, string>;
  readonly purposeUsesMore: (purpose: string, categories: string) => string;
  readonly purposeUsesLess: (purpose: string, categories: string) => string;
  readonly purposeRetention: Was;
  /** A recipient's role in a few words, inside parentheses. */
  readonly roleShort: Record<RecipientRole, string>;
  readonly recipientAdded: (name: string, role: string, places: string, categories: string) => string;
  readonly recipientRemoved: (name: string) => string;
  readonly recipientRole: Was;
  readonly recipientPlaces: Was;
  readonly recipientReceivesMore: (name: string, categories: string) => string;
  readonly recipientReceivesLess: (name: string, categories: string) => string;
  readonly transferAdded: (outside: string, name: string, places: string, safeguard?: string) => string;
  readonly transferRemoved: (outside: string, name: string) => string;
  readonly transferPlaces: Was;
  readonly transferSafeguard: Was;
  readonly transferAssessment: Was;
  /** What a retention rule keeps: the information of its purposes, or else the rule by name. */
  readonly retentionSubject: (purposes: string | undefined, rule: string) => string;
  readonly retentionAdded: (subject: string, period: string) => string;
  /** Only the duration changed: "… for 12 months after collection, instead of 6 months." */
  readonly retentionInstead: Was;
  readonly retentionChanged: Was;
  readonly retentionAction: Was;
  /** What happens at the end of retention, in a few words. */
  readonly actionShort: Record<RetentionAction, string>;
  readonly retentionRemoved: (rule: string) => string;
  readonly period: {
    readonly fixed: (durationAfterTrigger: string) => string;
    readonly criteria: (criteria: string) => string;
    readonly unstated: string;
  };
  readonly cookieAdded: (name: string, provider: string, category: string, offUntilAccepted: boolean) => string;
  readonly cookieRemoved: (name: string, provider: string) => string;
  readonly cookieCategory: Was;
  readonly cookieLifetime: Was;
  readonly cookieDefault: (name: string, offUntilAccepted: boolean) => string;
  readonly rightAdded: (right: string, explanation: string) => string;
  readonly rightRemoved: (right: string) => string;
  readonly deadlineSet: (after: string) => string;
  readonly deadlineChanged: (after: string, before: string) => string;
  readonly deadlineRemoved: string;
  readonly channelAdded: (channel: string, value: string) => string;
  readonly channelRemoved: (channel: string, value: string) => string;
  readonly securityAdded: (measure: string) => string;
  readonly securityRemoved: (measure: string) => string;
  readonly sectionUpdated: (section: string) => string;
  /** The transfers section's title without the borders, which depend on the organisation. */
  readonly transfersSection: string;
}
