import type { Localized } from '../i18n/lang.js';

// The shapes of the API's answers, as written in the API contract (issue #3).

export type Role = 'owner' | 'admin' | 'privacy_officer' | 'agent' | 'auditor';

export const ROLES: readonly Role[] = ['owner', 'admin', 'privacy_officer', 'agent', 'auditor'];

/** Where a sign-in stands: a TOTP code is due, 2FA must be set up first, or the session is usable. */
export type SessionStage = 'totp' | 'enrol' | 'complete';

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly totpEnabled: boolean;
}

export interface Session {
  readonly stage: SessionStage;
  readonly csrfToken: string;
  readonly user: SessionUser;
}

export interface Enrolment {
  readonly secret: string;
  readonly otpauthUri: string;
  /** An SVG document made by the server from the otpauth URI; inserted as markup. */
  readonly qrSvg: string;
}

export interface EnrolmentConfirmed extends Session {
  readonly recoveryCodes: readonly string[];
}

export interface StaffUser extends SessionUser {
  readonly disabled: boolean;
  readonly lockedUntil: string | null;
  readonly createdAt: string;
}

export interface ApiKeyScope {
  readonly id: string;
  readonly description: Localized;
}

export interface ApiKey {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly scopes: readonly string[];
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface JournalEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly subject: string | null;
  readonly purpose: string | null;
  readonly origin: string;
  readonly hash: string;
}

export interface JournalPage {
  readonly entries: readonly JournalEntry[];
  /** The `before` to ask for the next, older page; null when this page reaches the first entry. */
  readonly nextBefore: number | null;
}

export interface JournalVerification {
  readonly ok: boolean;
  readonly entries: number;
  readonly checkpoints: number;
  readonly verifiedAt: string;
  readonly problem?: { readonly kind: string; readonly seq: number; readonly message: Localized };
}

export interface PrivacyCenterInfo {
  readonly organisation: { readonly name: string; readonly languages: readonly string[] };
  readonly contact: {
    readonly title: Localized | null;
    readonly name: string | null;
    readonly email: string | null;
    readonly phone: string | null;
    readonly postalAddress: string | null;
  };
  readonly policyVersion: string;
  readonly effectiveDate: string;
}

export interface Notice {
  readonly lang: string;
  readonly title: string;
  /** A body fragment generated and escaped by the server from the declaration. */
  readonly html: string;
}
