import type { Localized } from '@vigie/core';
import type { AuthFieldError } from './auth.errors.js';
import { PASSWORD_POLICY_TEXT, passwordPolicyIssues } from './password.js';
import { isRole } from './user-view.js';

export interface NewUser {
  readonly email: string;
  readonly displayName: string;
  /** Checked here as well as by the route's schema: the store is the last line before the database. */
  readonly role: string;
  readonly password: string;
}

/** RFC 5321 caps a forward path at 256 octets, so no deliverable address is longer than 254 characters. */
const EMAIL_MAX_LENGTH = 254;
/** One @, something either side, a dot in the domain, no spaces: a typo check, not a full RFC 5322 parser. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DISPLAY_NAME_MAX_LENGTH = 200;

const FIELD_TEXT = {
  email_invalid: {
    fr: 'Saisissez une adresse courriel valide, par exemple nom@exemple.org.',
    en: 'Enter a valid email address, for example name@example.org.',
  },
  display_name_invalid: {
    fr: `Saisissez un nom d’au plus ${DISPLAY_NAME_MAX_LENGTH} caractères.`,
    en: `Enter a name of at most ${DISPLAY_NAME_MAX_LENGTH} characters.`,
  },
  role_invalid: {
    fr: 'Choisissez un rôle : owner, admin, privacy_officer, agent ou auditor.',
    en: 'Choose a role: owner, admin, privacy_officer, agent or auditor.',
  },
} as const satisfies Record<string, Localized>;

function field(path: string, code: string, message: Localized): AuthFieldError {
  return { path, code, message };
}

/** Every rule a new account breaks, as field errors (empty when it may be created). */
export function newUserIssues(input: NewUser): AuthFieldError[] {
  const issues: AuthFieldError[] = [];
  const email = input.email.trim();
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL_SHAPE.test(email)) {
    issues.push(field('email', 'auth.email_invalid', FIELD_TEXT.email_invalid));
  }
  const name = input.displayName.trim();
  // Control characters have no place in a name shown in lists and journals (and could forge lines in exports).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  if (name === '' || Array.from(name).length > DISPLAY_NAME_MAX_LENGTH || /[\u0000-\u001f\u007f]/.test(name)) {
    issues.push(field('displayName', 'auth.display_name_invalid', FIELD_TEXT.display_name_invalid));
  }
  if (!isRole(input.role)) issues.push(field('role', 'auth.role_invalid', FIELD_TEXT.role_invalid));
  for (const code of passwordPolicyIssues(input.password, { email })) {
    issues.push(field('password', code, PASSWORD_POLICY_TEXT[code]));
  }
  return issues;
}
