/** How a choice was made: the first layer of the banner, the preference center, GPC alone, an API, or staff on paper. */
export const CONSENT_METHODS = ['banner', 'preference-center', 'gpc', 'api', 'staff-paper'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** What a visitor's browser sends (consent-shared.md), once validated. */
export interface ConsentInput {
  /** Pseudonymous id the SDK keeps in the browser; never stored as is (see ConsentRecord.visitorIndex). */
  readonly visitorId: string;
  readonly choices: Readonly<Record<string, boolean>>;
  readonly noticeVersion: string;
  readonly configVersion: string;
  readonly method: ConsentMethod;
  readonly gpc?: boolean | undefined;
}

/** A choice as the ledger holds it, before it is chained: the server's facts added, the visitor id replaced. */
export interface ConsentFacts {
  /** UUID v7: time-ordered, and what the receipt names. */
  readonly id: string;
  /** ISO 8601 UTC, server time when the request arrived. */
  readonly recordedAt: string;
  /** Keyed blind index of the visitor id (crypto/blind-index.ts). */
  readonly visitorIndex: string;
  readonly choices: Readonly<Record<string, boolean>>;
  readonly noticeVersion: string;
  readonly configVersion: string;
  readonly method: ConsentMethod;
  /** null when the browser did not say whether Global Privacy Control was on. */
  readonly gpc: boolean | null;
  /** The caller's network only: IPv4 /24, IPv6 /48. */
  readonly ipTruncated: string | null;
  /** Browser family and major version ("Chrome 131"), never the whole user-agent string. */
  readonly userAgentFamily: string | null;
}

/** A record once chained: its place and the hashes that bind it to the records before it. */
export interface ConsentRecord extends ConsentFacts {
  /** 1, 2, 3… without gaps. */
  readonly seq: number;
  readonly prevHash: string;
  /** SHA-256(prevHash || canonical(record)), lower-case hex: what the visitor's receipt holds. */
  readonly hash: string;
}

/** What the visitor keeps. */
export interface ConsentReceipt {
  readonly id: string;
  readonly recordedAt: string;
  readonly hash: string;
}
