// The formats the SDK shares with the server (see the consent config and record formats): the banner config
// served by GET /api/v1/consent/config, the record POSTed to the ledger, and the receipt the visitor keeps.

export type Lang = 'fr' | 'en';

export type CategoryId = 'essential' | 'functional' | 'analytics' | 'marketing' | 'personalization' | 'security';

export interface ConsentCategory {
  id: CategoryId;
  /** essential and security: always on, no toggle */
  required: boolean;
  label: string;
  description: string;
  identifies: boolean;
  locates: boolean;
  profiles: boolean;
  /** cookie names, or patterns with `*` */
  services: Array<{ name: string; cookies: string[] }>;
}

export interface ConsentConfig {
  /** hash of this config: a change asks the visitor again */
  version: string;
  /** a change of the notice asks again too */
  noticeVersion: string;
  lang: Lang;
  choiceLifetimeDays: number;
  endpoint?: string;
  privacyPolicyUrl?: string;
  categories: ConsentCategory[];
}

export type ConsentMethod = 'banner' | 'preference-center' | 'gpc' | 'api' | 'staff-paper';

export type Choices = Record<string, boolean>;

export interface ConsentRecordInput {
  visitorId: string;
  choices: Choices;
  noticeVersion: string;
  configVersion: string;
  method: ConsentMethod;
  gpc?: boolean;
}

export interface Receipt {
  id: string;
  recordedAt: string;
  hash: string;
}

/** What getConsent() returns and the `vigie:consent` event carries. */
export interface Consent {
  choices: Choices;
  method: ConsentMethod;
  /** ISO 8601 time of the choice */
  decidedAt: string;
  configVersion: string;
  noticeVersion: string;
  /** the browser sent Global Privacy Control when the choice was made */
  gpc: boolean;
  receipt?: Receipt;
}

export interface InitOptions {
  /** the organisation's config, inline; or */
  config?: ConsentConfig;
  /** where to GET it (`lang` is added when the URL has none) */
  configUrl?: string;
  lang?: Lang;
  /** nonce for the injected <style> under a strict Content-Security-Policy */
  nonce?: string;
  /** false: the page links dist/vigie-consent.css itself */
  injectCss?: boolean;
}
