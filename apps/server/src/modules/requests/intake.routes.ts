import * as z from 'zod';
import { defineRoute, PUBLIC, type RateLimit, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import { acceptedAttachments } from './attachments.problem.js';
import { ATTACHMENTS_BODY_LIMIT } from './request-attachments.js';
import type { IncomingRequest } from './request-intake.js';
import { requestsProblem, VERIFICATION_FAILED } from './requests.problem.js';
import { acceptedSchema, intakeBody, renewalBody, verificationBody } from './requests.schemas.js';
import type { RequestsServices } from './requests.services.js';

const MINUTE_MS = 60_000;
/** Each submission stores a request and sends an email: a handful an hour per address is what a person needs. */
const INTAKE_RATE_LIMIT: RateLimit = { max: 5, timeWindowMs: 10 * MINUTE_MS };
/** Code guessing, on top of the five tries per code. */
const VERIFICATION_RATE_LIMIT: RateLimit = { max: 10, timeWindowMs: MINUTE_MS };

const ACCEPTED = {
  fr: 'Si l’adresse indiquée peut recevoir nos courriels, un code de confirmation vient d’y être envoyé.',
  en: 'If the address given can receive our emails, a confirmation code has just been sent to it.',
};

/** Turns a validated body into the use case's input. */
export function incomingRequest(
  body:
    | z.infer<typeof intakeBody>
    | (Omit<z.infer<typeof intakeBody>, 'requester'> & {
        requester: { name: string; email?: string | undefined; phone?: string | undefined };
      }),
): IncomingRequest {
  const { requester, applicant } = body;
  return {
    kind: body.kind,
    role: applicant.role as IncomingRequest['role'],
    language: body.language,
    ...(body.region === undefined ? {} : { region: body.region }),
    identity: {
      name: requester.name,
      ...(requester.email === undefined ? {} : { email: requester.email }),
      ...(requester.phone === undefined ? {} : { phone: requester.phone }),
      ...('representedName' in applicant ? { representedName: applicant.representedName } : {}),
      ...(body.details === undefined || body.details === '' ? {} : { details: body.details }),
    },
  };
}

/** The privacy center's side: submit a request, prove the address, ask for a new code. */
export function intakeRoutes(deps: { services: RequestsServices; journal: RequestJournal }): RouteDefinition[] {
  const { services, journal } = deps;
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/requests',
      access: PUBLIC,
      rateLimit: INTAKE_RATE_LIMIT,
      bodyLimit: ATTACHMENTS_BODY_LIMIT,
      tag: 'requests',
      body: intakeBody,
      summary: { en: 'Submit a rights request', fr: 'Soumettre une demande d’exercice de droits' },
      responses: { 202: { description: 'Received; a code is emailed', schema: acceptedSchema } },
      async handler({ body, lang, request }) {
        try {
          const attachments = acceptedAttachments(body.attachments, body.applicant.role);
          const { id, reference } = await services.intake.submit({ ...incomingRequest(body), attachments });
          await journal(request, { action: 'requests.submit', subject: `request:${id}` });
          return { reference, message: ACCEPTED[lang] };
        } catch (error) {
          throw requestsProblem(error);
        }
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/requests/verification',
      access: PUBLIC,
      rateLimit: VERIFICATION_RATE_LIMIT,
      tag: 'requests',
      body: verificationBody,
      summary: { en: 'Confirm a request with its emailed code', fr: 'Confirmer une demande avec le code reçu' },
      responses: {
        200: {
          description: 'Identity confirmed; the request is in progress',
          schema: z.object({ reference: z.string(), state: z.literal('in-progress') }),
        },
      },
      async handler({ body, request }) {
        const secret = 'code' in body ? { code: body.code } : { token: body.token };
        const outcome = await services.verification.verify(body.reference, secret);
        if (!outcome.ok) throw VERIFICATION_FAILED;
        await journal(request, { action: 'requests.verify_identity', subject: `request:${outcome.requestId}` });
        return { reference: outcome.reference, state: 'in-progress' as const };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/requests/verification/renewal',
      access: PUBLIC,
      rateLimit: INTAKE_RATE_LIMIT,
      tag: 'requests',
      body: renewalBody,
      summary: { en: 'Ask for a new confirmation code', fr: 'Demander un nouveau code de confirmation' },
      responses: { 202: { description: 'Same answer whether or not the reference exists', schema: acceptedSchema } },
      async handler({ body, lang }) {
        await services.verification.renew(body.reference);
        return { reference: body.reference, message: ACCEPTED[lang] };
      },
    }),
  ];
}
