import * as z from 'zod';
import type { UserCaller } from '../../app/caller.js';
import { defineRoute, needs, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import { acceptedAttachments } from './attachments.problem.js';
import { incomingRequest } from './intake.routes.js';
import { ATTACHMENTS_BODY_LIMIT } from './request-attachments.js';
import { requestsProblem } from './requests.problem.js';
import { detailSchema, idParams, listQuery, listSchema, staffEntryBody, transitionBody } from './requests.schemas.js';
import type { RequestsServices } from './requests.services.js';

/** Who entered a request: a staff member, or the machine holding an API key. */
function enteredBy(caller: unknown): string {
  const who = caller as UserCaller | { kind: 'api_key'; keyId: string };
  return who.kind === 'user' ? `user:${who.userId}` : `apikey:${who.keyId}`;
}

/** The staff desk: the inbox, one request (decrypted, journalled), requests received off line, and transitions. */
export function requestsRoutes(deps: { services: RequestsServices; journal: RequestJournal }): RouteDefinition[] {
  const { services, journal } = deps;
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw requestsProblem(error);
    }
  };
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/requests',
      access: needs('requests.read'),
      tag: 'requests',
      query: listQuery,
      summary: { en: 'Rights requests, with their due status', fr: 'Demandes d’exercice de droits et leur échéance' },
      responses: { 200: { description: 'Newest first, without personal data', schema: listSchema } },
      async handler({ query, caller, lang }) {
        const { assignee, ...filter } = query;
        const me = caller.kind === 'user' ? caller.userId : undefined;
        // The inbox is where every staff member starts: the language they read it in is the one to remind them in.
        if (me !== undefined) await services.rememberLanguage(me, lang);
        const whose = assignee === 'me' ? (me ?? 'nobody') : assignee === 'none' ? null : assignee;
        return {
          requests: await services.desk.list({ ...filter, ...(whose === undefined ? {} : { assignee: whose }) }),
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/requests/:id',
      access: needs('requests.read'),
      tag: 'requests',
      params: idParams,
      summary: { en: 'One rights request, decrypted', fr: 'Une demande d’exercice de droits, déchiffrée' },
      responses: { 200: { description: 'The request and the requester’s identity', schema: detailSchema } },
      async handler({ params, request }) {
        const detail = await guarded(() => services.desk.detail(params.id));
        const identityCheck = await services.attachments.identityCheck(params.id);
        const lettersSent = (await services.lettersOf(params.id)).map((l) => ({
          kind: l.kind,
          language: l.language,
          sentAt: l.sent_at,
        }));
        // Reading the requester's identity is reading personal data, with the request as its subject.
        await journal(request, { action: 'requests.read', subject: `request:${params.id}` });
        return {
          request: {
            ...detail,
            ...(identityCheck === undefined ? {} : { identityCheck }),
            lettersSent,
          },
        };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/requests/entries',
      access: needs('requests.manage'),
      bodyLimit: ATTACHMENTS_BODY_LIMIT,
      tag: 'requests',
      body: staffEntryBody,
      summary: {
        en: 'Enter a request received by mail, email, phone or in person',
        fr: 'Saisir une demande reçue par la poste, par courriel, par téléphone ou en personne',
      },
      responses: {
        201: {
          description: 'Recorded',
          schema: detailSchema.extend({ codeSent: z.boolean() }),
        },
      },
      async handler({ body, caller, request }) {
        const { row, codeSent } = await guarded(() =>
          services.intake.enter(
            { ...incomingRequest(body), attachments: acceptedAttachments(body.attachments) },
            {
              channel: body.channel,
              identityVerified: body.identityVerified,
              enteredBy: enteredBy(caller),
              ...(body.receivedAt === undefined ? {} : { receivedAt: new Date(body.receivedAt) }),
            },
          ),
        );
        await journal(request, { action: 'requests.enter', subject: `request:${row.id}` });
        return { request: services.desk.detailOf(row, new Date()), codeSent };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/requests/:id/transition',
      access: needs('requests.manage'),
      tag: 'requests',
      params: idParams,
      body: transitionBody,
      summary: { en: 'Move a request to another state', fr: 'Faire passer une demande à un autre état' },
      responses: { 200: { description: 'The request as it is now', schema: detailSchema } },
      async handler({ params, body, request }) {
        const detail = await guarded(() => services.desk.transition(params.id, body.to, body.reason));
        await journal(request, {
          action: `requests.move_to_${body.to.replaceAll('-', '_')}`,
          subject: `request:${params.id}`,
        });
        return { request: detail };
      },
    }),
  ];
}
