import { actorOf } from '../../app/caller.js';
import { defineRoute, needs, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import {
  assigneeBody,
  assigneesSchema,
  extensionBody,
  letterQuery,
  letterSendBody,
  letterSentSchema,
  requestJournalQuery,
  requestJournalSchema,
} from './desk.schemas.js';
import { requestsProblem } from './requests.problem.js';
import { detailSchema, idParams } from './requests.schemas.js';
import type { RequestsServices } from './requests.services.js';

/**
 * The desk's work on one request: who answers it, an extension with notice, the response letter (read and sent),
 * and the request's own journal. Every change is journalled with the request as its subject.
 */
export function deskRoutes(deps: { services: RequestsServices; journal: RequestJournal }): RouteDefinition[] {
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
      url: '/api/v1/requests/assignees',
      access: needs('requests.read'),
      tag: 'requests',
      summary: { en: 'Staff who can be given a request', fr: 'Personnel à qui confier une demande' },
      responses: { 200: { description: 'Active staff who may read requests', schema: assigneesSchema } },
      async handler() {
        return { staff: await services.assignment.staff() };
      },
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/requests/:id/assignee',
      access: needs('requests.manage'),
      tag: 'requests',
      params: idParams,
      body: assigneeBody,
      summary: { en: 'Give a request to a staff member, or to nobody', fr: 'Confier une demande, ou la libérer' },
      responses: { 200: { description: 'The request as it is now', schema: detailSchema } },
      async handler({ params, body, request }) {
        await guarded(() => services.assignment.assign(params.id, body.userId));
        await journal(request, {
          action: body.userId === null ? 'requests.unassign' : 'requests.assign',
          subject: `request:${params.id}`,
        });
        return { request: await guarded(() => services.desk.detail(params.id)) };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/requests/:id/extension',
      access: needs('requests.manage'),
      tag: 'requests',
      params: idParams,
      body: extensionBody,
      summary: {
        en: 'Extend the time limit with notice, where the law allows',
        fr: 'Prolonger le délai avec avis, là où la loi le permet',
      },
      responses: { 200: { description: 'The request with its new due date', schema: detailSchema } },
      async handler({ params, body, request }) {
        await guarded(() => services.extend(params.id, body.reason));
        await journal(request, { action: 'requests.extend', subject: `request:${params.id}` });
        return { request: await guarded(() => services.desk.detail(params.id)) };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/requests/:id/letter',
      access: needs('requests.read'),
      tag: 'requests',
      params: idParams,
      query: letterQuery,
      summary: { en: 'The response letter for the request as it stands', fr: 'La lettre de réponse à la demande' },
      responses: {
        200: {
          description: 'The letter as HTML or plain text (format), or as JSON for the console',
          contentType: 'text/html',
        },
      },
      async handler({ params, query, request, reply }) {
        const lang = query.lang ?? (await guarded(() => services.desk.detail(params.id))).language;
        const letter = await guarded(() => services.letters.render(params.id, lang));
        await journal(request, { action: 'requests.letter_read', subject: `request:${params.id}` });
        if (query.format === 'json') {
          const { kind, subject, text } = letter;
          return { letter: { kind, lang, subject, text } };
        }
        return reply
          .header('content-type', query.format === 'html' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8')
          .header('content-language', lang)
          .header('x-letter-kind', letter.kind)
          .send(query.format === 'html' ? letter.html : letter.text);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/requests/:id/letter/send',
      access: needs('requests.manage'),
      tag: 'requests',
      params: idParams,
      body: letterSendBody,
      summary: { en: 'Email the response letter to the requester', fr: 'Envoyer la lettre de réponse par courriel' },
      responses: { 200: { description: 'The letter sent', schema: letterSentSchema } },
      async handler({ params, body, caller, request }) {
        const sent = await guarded(() => services.letters.send(params.id, actorOf(caller), body.lang));
        await journal(request, { action: `requests.letter_sent.${sent.kind}`, subject: `request:${params.id}` });
        return { letter: sent };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/requests/:id/journal',
      access: needs('requests.read'),
      tag: 'requests',
      params: idParams,
      query: requestJournalQuery,
      summary: { en: 'What was done with this request', fr: 'Ce qui a été fait de cette demande' },
      responses: {
        200: { description: 'Journal entries about the request, newest first', schema: requestJournalSchema },
      },
      async handler({ params, query }) {
        await guarded(() => services.desk.detail(params.id));
        const { entries } = await services.journalOf(params.id, query.limit);
        return { entries: entries.map(({ prevHash: _prev, hash: _hash, ...entry }) => entry) };
      },
    }),
  ];
}
