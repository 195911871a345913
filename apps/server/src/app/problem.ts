import type { Localized } from '@vigie/core';

/** Where a problem in the request is, and what is wrong there. */
export interface ProblemFieldError {
  readonly path: string;
  readonly message: Localized;
}

/**
 * An error meant for the client: a stable code, an HTTP status and a sentence in both languages. Use cases throw
 * their own typed errors; routes turn them into this, and the error handler writes it as RFC 9457 problem+json.
 * Anything else that reaches the handler is an internal error and is answered without its details.
 */
export class ProblemError extends Error {
  readonly code: string;
  readonly status: number;
  readonly detail: Localized;
  readonly errors: readonly ProblemFieldError[] | undefined;
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(args: {
    code: string;
    status: number;
    detail: Localized;
    errors?: readonly ProblemFieldError[];
    extra?: Readonly<Record<string, unknown>>;
  }) {
    super(args.code);
    this.name = 'ProblemError';
    this.code = args.code;
    this.status = args.status;
    this.detail = args.detail;
    this.errors = args.errors;
    this.extra = args.extra ?? {};
  }
}

/** The titles of the statuses the API uses, in both languages. */
const TITLES: Readonly<Record<number, Localized>> = {
  400: { fr: 'Requête invalide', en: 'Bad request' },
  401: { fr: 'Authentification requise', en: 'Authentication required' },
  403: { fr: 'Accès refusé', en: 'Forbidden' },
  404: { fr: 'Introuvable', en: 'Not found' },
  405: { fr: 'Méthode non permise', en: 'Method not allowed' },
  409: { fr: 'Conflit', en: 'Conflict' },
  413: { fr: 'Requête trop volumineuse', en: 'Payload too large' },
  415: { fr: 'Type de contenu non pris en charge', en: 'Unsupported media type' },
  422: { fr: 'Requête impossible à traiter', en: 'Unprocessable content' },
  423: { fr: 'Compte verrouillé', en: 'Locked' },
  429: { fr: 'Trop de requêtes', en: 'Too many requests' },
  500: { fr: 'Erreur interne', en: 'Internal error' },
  503: { fr: 'Service indisponible', en: 'Service unavailable' },
};

/** The problem+json body, in the language of the request, with both languages of the detail. */
export function problemBody(problem: ProblemError, lang: 'fr' | 'en'): Record<string, unknown> {
  const title = TITLES[problem.status] ?? TITLES[500];
  return {
    type: `https://vigie.dev/problems/${problem.code}`,
    title: title?.[lang],
    status: problem.status,
    code: problem.code,
    detail: problem.detail[lang],
    detail_fr: problem.detail.fr,
    detail_en: problem.detail.en,
    ...(problem.errors === undefined
      ? {}
      : { errors: problem.errors.map((e) => ({ path: e.path, message: e.message[lang] })) }),
    ...problem.extra,
  };
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
