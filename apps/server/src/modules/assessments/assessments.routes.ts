import { actorOf } from '../../app/caller.js';
import { defineRoute, needs, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import type { AssessmentRegister } from './assessment-register.js';
import { renderAssessmentReport } from './assessment-report.js';
import {
  approvalBody,
  detailQuery,
  detailSchema,
  idParams,
  listSchema,
  reportQuery,
  saveBody,
} from './assessments.schemas.js';

/** The impact-assessment register: what the declaration calls for, the questionnaires, approval, the report. */
export function assessmentsRoutes(deps: { register: AssessmentRegister; journal: RequestJournal }): RouteDefinition[] {
  const { register, journal } = deps;
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/assessments',
      access: needs('assessments.read'),
      tag: 'assessments',
      summary: {
        en: 'The assessments the declaration calls for, and the register',
        fr: 'Les évaluations qu’appelle la déclaration, et le registre',
      },
      responses: { 200: { description: 'Triggers with citations, and every declared assessment', schema: listSchema } },
      async handler({ request }) {
        const list = await register.list();
        await journal(request, { action: 'assessments.list' });
        return list;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/assessments/:id',
      access: needs('assessments.read'),
      tag: 'assessments',
      params: idParams,
      query: detailQuery,
      summary: {
        en: 'One assessment, decrypted, with its history',
        fr: 'Une évaluation, déchiffrée, et son historique',
      },
      responses: { 200: { description: 'The latest version unless one is asked for', schema: detailSchema } },
      async handler({ params, query, request }) {
        const assessment = await register.detail(params.id, query.version);
        await journal(request, { action: 'assessments.read', subject: `assessment:${params.id}` });
        return { assessment };
      },
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/assessments/:id',
      access: needs('assessments.manage'),
      tag: 'assessments',
      params: idParams,
      body: saveBody,
      summary: { en: 'Save the questionnaire as a new version', fr: 'Enregistrer le questionnaire (nouvelle version)' },
      responses: { 200: { description: 'The assessment with the version just saved', schema: detailSchema } },
      async handler({ params, body, caller, request }) {
        const version = await register.save(params.id, body.baseVersion, body.questionnaire, actorOf(caller));
        await journal(request, { action: 'assessments.save', subject: `assessment:${params.id}` });
        return { assessment: await register.detail(params.id, version) };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/assessments/:id/approval',
      access: needs('assessments.manage'),
      tag: 'assessments',
      params: idParams,
      body: approvalBody,
      summary: { en: 'Approve the latest version', fr: 'Approuver la dernière version' },
      responses: {
        200: { description: 'Approved', schema: detailSchema },
        422: { description: 'The DPO opinion is missing' },
      },
      async handler({ params, body, caller, request }) {
        await register.approve(params.id, body.version, actorOf(caller));
        await journal(request, { action: 'assessments.approve', subject: `assessment:${params.id}` });
        return { assessment: await register.detail(params.id, body.version) };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/assessments/:id/report',
      access: needs('assessments.read'),
      tag: 'assessments',
      params: idParams,
      query: reportQuery,
      summary: { en: 'The assessment as an HTML report', fr: 'L’évaluation en rapport HTML' },
      responses: { 200: { description: 'A standalone HTML page', contentType: 'text/html' } },
      async handler({ params, query, lang, request, reply }) {
        const language = query.lang ?? lang;
        const html = renderAssessmentReport(await register.detail(params.id, query.version), language);
        await journal(request, { action: 'assessments.report', subject: `assessment:${params.id}` });
        return reply.header('content-type', 'text/html; charset=utf-8').header('content-language', language).send(html);
      },
    }),
  ];
}
