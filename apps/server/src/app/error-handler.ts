import type { FastifyError, FastifyInstance } from 'fastify';
import { PROBLEM_CONTENT_TYPE, ProblemError, problemBody } from './problem.js';
import { requestLanguage } from './request-language.js';

const notFound = new ProblemError({
  code: 'http.not_found',
  status: 404,
  detail: { fr: 'Aucune ressource à cette adresse.', en: 'Nothing at this address.' },
});

const internal = new ProblemError({
  code: 'http.internal',
  status: 500,
  detail: {
    fr: 'Une erreur interne est survenue ; elle a été consignée. Réessayez ou contactez l’administrateur.',
    en: 'An internal error occurred and was logged. Try again or contact the administrator.',
  },
});

/** Fastify's own client errors (body too large, bad JSON, wrong content type), with a stable code each. */
function fromFastifyError(error: FastifyError): ProblemError | undefined {
  const status = error.statusCode;
  if (status === undefined || status < 400 || status >= 500) return undefined;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ProblemError({
        code: 'http.body_too_large',
        status: 413,
        detail: { fr: 'Le corps de la requête est trop volumineux.', en: 'The request body is too large.' },
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ProblemError({
        code: 'http.unsupported_media_type',
        status: 415,
        detail: { fr: 'Envoyez du JSON (application/json).', en: 'Send JSON (application/json).' },
      });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ProblemError({
        code: 'http.invalid_json',
        status: 400,
        detail: { fr: 'Le corps de la requête n’est pas du JSON valide.', en: 'The request body is not valid JSON.' },
      });
    default:
      return new ProblemError({
        code: 'http.bad_request',
        status,
        detail: { fr: 'La requête est invalide.', en: 'The request is invalid.' },
      });
  }
}

/**
 * Every error leaves as RFC 9457 problem+json in the caller's language. Expected errors (ProblemError, Fastify's
 * client errors) say what is wrong; anything else is logged (by the logger's redacting serializer) and answered
 * with a generic 500: internal details, SQL and stack traces never reach the client.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = error instanceof ProblemError ? error : (fromFastifyError(error as FastifyError) ?? internal);
    if (problem === internal) request.log.error({ err: error }, 'unexpected error');
    return reply
      .code(problem.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(problemBody(problem, requestLanguage(request)));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .type(PROBLEM_CONTENT_TYPE)
      .send(problemBody(notFound, requestLanguage(request))),
  );
}
