import type { Localized } from '@vigie/core';

/**
 * The stable codes of staff authentication. Routes turn an AuthError into problem+json (code, status, the
 * sentence in both languages, field errors); the codes never change. No message or detail ever carries an email,
 * a password, a code or a token: errors end up in logs.
 */
export type AuthErrorCode =
  /** Unknown email, wrong password or disabled account: one answer, so that nobody learns which accounts exist. */
  | 'auth.invalid_credentials'
  /** Too many consecutive failures: no attempt is checked until `lockedUntil`. */
  | 'auth.locked'
  /** The account was disabled after the password step (the password step itself answers invalid credentials). */
  | 'auth.disabled'
  | 'auth.email_taken'
  /** A new account's fields break the rules; `fields` says which and why. */
  | 'auth.invalid_user'
  | 'auth.user_not_found'
  /** The change would leave no enabled owner: someone must always be able to manage the installation. */
  | 'auth.last_owner'
  /** The two-factor code or the recovery code is wrong. */
  | 'auth.invalid_code'
  /** The code was right but already used: RFC 6238 codes are single use within their window. */
  | 'auth.code_reused'
  | 'auth.totp_not_enabled'
  | 'auth.totp_already_enabled'
  /** Confirmation without an enrolment begun first. */
  | 'auth.totp_not_pending';

interface AuthErrorDescription {
  /** The HTTP status the API answers with (the contract's 401, 409, 422, 423). */
  readonly status: number;
  readonly text: Localized;
}

const AUTH_ERRORS: Readonly<Record<AuthErrorCode, AuthErrorDescription>> = {
  'auth.invalid_credentials': {
    status: 401,
    text: {
      fr: 'Adresse courriel ou mot de passe incorrect.',
      en: 'Incorrect email address or password.',
    },
  },
  'auth.locked': {
    status: 423,
    text: {
      fr: 'Trop de tentatives échouées : ce compte est verrouillé temporairement. Réessayez plus tard.',
      en: 'Too many failed attempts: this account is temporarily locked. Try again later.',
    },
  },
  'auth.disabled': {
    status: 403,
    text: {
      fr: 'Ce compte est désactivé. Adressez-vous à un administrateur.',
      en: 'This account is disabled. Contact an administrator.',
    },
  },
  'auth.email_taken': {
    status: 409,
    text: {
      fr: 'Un compte existe déjà avec cette adresse courriel.',
      en: 'An account with this email address already exists.',
    },
  },
  'auth.invalid_user': {
    status: 422,
    text: {
      fr: 'Le compte ne peut pas être créé : corrigez les champs indiqués.',
      en: 'The account cannot be created: correct the fields shown.',
    },
  },
  'auth.user_not_found': {
    status: 404,
    text: { fr: 'Ce compte n’existe pas.', en: 'This account does not exist.' },
  },
  'auth.last_owner': {
    status: 409,
    text: {
      fr: 'C’est le dernier compte propriétaire actif : nommez d’abord un autre propriétaire.',
      en: 'This is the last active owner account: make someone else owner first.',
    },
  },
  'auth.invalid_code': {
    status: 401,
    text: {
      fr: 'Code incorrect. Vérifiez l’heure de votre appareil ou utilisez un code de récupération.',
      en: 'Incorrect code. Check the time on your device or use a recovery code.',
    },
  },
  'auth.code_reused': {
    status: 401,
    text: {
      fr: 'Ce code a déjà servi. Attendez le code suivant de votre application.',
      en: 'This code has already been used. Wait for the next code in your app.',
    },
  },
  'auth.totp_not_enabled': {
    status: 409,
    text: {
      fr: 'La vérification en deux étapes n’est pas encore activée pour ce compte : terminez d’abord l’inscription.',
      en: 'Two-step verification is not set up for this account yet: finish enrolment first.',
    },
  },
  'auth.totp_already_enabled': {
    status: 409,
    text: {
      fr: 'La vérification en deux étapes est déjà activée pour ce compte.',
      en: 'Two-step verification is already set up for this account.',
    },
  },
  'auth.totp_not_pending': {
    status: 409,
    text: {
      fr: 'Aucune inscription à la vérification en deux étapes n’est en cours : recommencez l’inscription.',
      en: 'No two-step verification enrolment is in progress: start the enrolment again.',
    },
  },
};

/** A field of a request that breaks a rule: the shape of problem+json `errors`, with a stable code added. */
export interface AuthFieldError {
  readonly path: string;
  readonly code: string;
  readonly message: Localized;
}

interface AuthErrorDetail {
  /** For auth.locked: when attempts are checked again (ISO 8601 UTC). */
  readonly lockedUntil?: string;
  /** For auth.invalid_user. */
  readonly fields?: readonly AuthFieldError[];
}

export class AuthError extends Error {
  override readonly name = 'AuthError';
  readonly status: number;
  readonly text: Localized;

  constructor(
    readonly code: AuthErrorCode,
    readonly detail: AuthErrorDetail = {},
  ) {
    const { status, text } = AUTH_ERRORS[code];
    super(`${code}: ${text.en}`);
    this.status = status;
    this.text = text;
  }
}
