import { actorOf } from '../../app/caller.js';
import { defineRoute, needs, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import { incidentsProblem } from './incidents.problem.js';
import {
  detailSchema,
  idParams,
  listSchema,
  noticeParams,
  noticeQuery,
  noticeSchema,
  notificationBody,
  patchBody,
  reportBody,
} from './incidents.schemas.js';
import type { IncidentsServices } from './incidents.services.js';

/** The incident register: report, list with clocks, read, assess and decide, record notices sent, write notices. */
export function incidentsRoutes(deps: { services: IncidentsServices; journal: RequestJournal }): RouteDefinition[] {
  const { services, journal } = deps;
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw incidentsProblem(error);
    }
  };
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/incidents',
      access: needs('incidents.manage'),
      tag: 'incidents',
      body: reportBody,
      summary: { en: 'Report a confidentiality incident', fr: 'Déclarer un incident de confidentialité' },
      responses: { 201: { description: 'Registered, with its clocks', schema: detailSchema } },
      async handler({ body, caller, request }) {
        const incident = await guarded(() => services.desk.report(body, actorOf(caller)));
        await journal(request, { action: 'incidents.report', subject: `incident:${incident.id}` });
        return { incident };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/incidents',
      access: needs('incidents.read'),
      tag: 'incidents',
      summary: { en: 'The incident register, with its clocks', fr: 'Le registre des incidents et leurs échéances' },
      responses: { 200: { description: 'Most recent first, without personal data', schema: listSchema } },
      async handler({ request }) {
        const incidents = await services.desk.list();
        await journal(request, { action: 'incidents.list' });
        return { incidents };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/incidents/:id',
      access: needs('incidents.read'),
      tag: 'incidents',
      params: idParams,
      summary: { en: 'One incident, decrypted, with its clocks', fr: 'Un incident, déchiffré, avec ses échéances' },
      responses: { 200: { description: 'The incident', schema: detailSchema } },
      async handler({ params, request }) {
        const incident = await guarded(() => services.desk.detail(params.id));
        await journal(request, { action: 'incidents.read', subject: `incident:${params.id}` });
        return { incident };
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/incidents/:id',
      access: needs('incidents.manage'),
      tag: 'incidents',
      params: idParams,
      body: patchBody,
      summary: {
        en: 'Change the facts, the risk assessment or the decision',
        fr: 'Modifier les faits, l’évaluation du risque ou la décision',
      },
      responses: { 200: { description: 'The incident as it is now', schema: detailSchema } },
      async handler({ params, body, caller, request }) {
        const incident = await guarded(() => services.desk.update(params.id, body, actorOf(caller)));
        const action = body.decision === undefined ? 'incidents.update' : 'incidents.decide';
        await journal(request, { action, subject: `incident:${params.id}` });
        return { incident };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/incidents/:id/notifications',
      access: needs('incidents.manage'),
      tag: 'incidents',
      params: idParams,
      body: notificationBody,
      summary: { en: 'Record that a notice was sent', fr: 'Consigner l’envoi d’un avis' },
      responses: { 201: { description: 'Recorded; the clock of that notice stops', schema: detailSchema } },
      async handler({ params, body, caller, request }) {
        const incident = await guarded(() => services.desk.recordNotification(params.id, body, actorOf(caller)));
        await journal(request, { action: `incidents.notified_${body.notice}`, subject: `incident:${params.id}` });
        return { incident };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/incidents/:id/notices/:notice',
      access: needs('incidents.read'),
      tag: 'incidents',
      params: noticeParams,
      query: noticeQuery,
      summary: { en: 'A notice the law requires, written', fr: 'Un avis exigé par la loi, rédigé' },
      responses: {
        200: { description: 'Subject, text and HTML', schema: noticeSchema },
        422: { description: 'Items still missing, named in "missing"' },
      },
      async handler({ params, query, lang, request }) {
        const notice = await guarded(() => services.desk.notice(params.id, params.notice, query.lang ?? lang));
        await journal(request, { action: `incidents.notice_${params.notice}`, subject: `incident:${params.id}` });
        return { notice };
      },
    }),
  ];
}
