import type { Lang, Localized } from '../i18n/lang.js';

/** One field the server refused, with its message in the request's language. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** An RFC 9457 problem as the Vigie API sends it, in both languages (see the API contract). */
export interface Problem {
  readonly status: number;
  readonly code: string;
  readonly detail: Localized;
  readonly errors: readonly FieldProblem[];
}

/** The error every API call rejects with, so that callers can read the problem's code and words. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.code);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

// Problems the browser finds itself, when the server's answer never came or was not what the contract says.
const LOCAL_PROBLEMS = {
  'network.unreachable': {
    fr: 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
    en: 'The server does not answer. Check your connection, then try again.',
  },
  'response.unexpected': {
    fr: 'Le serveur a donné une réponse inattendue. Réessayez dans un instant.',
    en: 'The server gave an unexpected answer. Try again in a moment.',
  },
} as const satisfies Record<string, Localized>;

export function localProblem(code: keyof typeof LOCAL_PROBLEMS, status = 0): Problem {
  return { status, code, detail: LOCAL_PROBLEMS[code], errors: [] };
}

/** Reads a problem+json body; anything else becomes `response.unexpected` with the HTTP status kept. */
export function parseProblem(status: number, body: unknown): Problem {
  if (!isRecord(body) || typeof body.code !== 'string') return localProblem('response.unexpected', status);
  const fallback = typeof body.detail === 'string' ? body.detail : typeof body.title === 'string' ? body.title : '';
  const detailFr = typeof body.detail_fr === 'string' ? body.detail_fr : fallback;
  const detailEn = typeof body.detail_en === 'string' ? body.detail_en : fallback;
  if (detailFr === '' && detailEn === '') return { ...localProblem('response.unexpected', status), code: body.code };
  return {
    status: typeof body.status === 'number' ? body.status : status,
    code: body.code,
    detail: { fr: detailFr || detailEn, en: detailEn || detailFr },
    errors: Array.isArray(body.errors) ? body.errors.filter(isFieldProblem) : [],
  };
}

/** The words to show for a problem in the reader's current language. */
export function problemText(problem: Problem, lang: Lang): string {
  return problem.detail[lang];
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
