import { actorOf } from '../../app/caller.js';
import { defineRoute, needs, PUBLIC, type RateLimit, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import type { ComplaintDesk } from './complaint-desk.js';
import { complaintsProblem } from './complaints.problem.js';
import {
  acceptedSchema,
  conclusionBody,
  detailSchema,
  enteredSchema,
  idParams,
  linksBody,
  listSchema,
  noteBody,
  publicComplaintBody,
  sentSchema,
  staffEntryBody,
} from './complaints.schemas.js';

/** Each complaint stores a row and may send an email: as for rights requests, a handful per address is enough. */
const INTAKE_RATE_LIMIT: RateLimit = { max: 5, timeWindowMs: 10 * 60_000 };

const ACCEPTED = {
  fr: 'Votre plainte est reçue. Si vous avez donné une adresse de courriel, un accusé de réception vient d’y être envoyé.',
  en: 'Your complaint is received. If you gave an email address, an acknowledgement has just been sent to it.',
};

/** The complaints register: public intake, staff entry, then acknowledgement, notes, conclusion, escalation. */
export function complaintsRoutes(deps: { desk: ComplaintDesk; journal: RequestJournal }): RouteDefinition[] {
  const { desk, journal } = deps;
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw complaintsProblem(error);
    }
  };
  /** An action on one complaint: done, journalled without personal data, answered with the complaint as it is now. */
  const action = (
    url: string,
    journalAction: string,
    summary: { en: string; fr: string },
    work: (id: string, by: string) => Promise<unknown>,
  ) =>
    defineRoute({
      method: 'POST',
      url: `/api/v1/complaints/:id/${url}`,
      access: needs('complaints.manage'),
      tag: 'complaints',
      params: idParams,
      summary,
      responses: { 200: { description: 'The complaint as it is now', schema: detailSchema } },
      async handler({ params, caller, request }) {
        await guarded(() => work(params.id, actorOf(caller)));
        await journal(request, { action: journalAction, subject: `complaint:${params.id}` });
        return { complaint: await guarded(() => desk.detail(params.id)) };
      },
    });
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/complaints',
      access: PUBLIC,
      rateLimit: INTAKE_RATE_LIMIT,
      tag: 'complaints',
      body: publicComplaintBody,
      summary: { en: 'Make a complaint', fr: 'Porter plainte' },
      responses: { 202: { description: 'Received', schema: acceptedSchema } },
      async handler({ body, lang, request }) {
        const { id, reference, acknowledged } = await guarded(() =>
          desk.receive({ ...body, channel: 'web' }, 'system'),
        );
        await journal(request, { action: 'complaints.receive', subject: `complaint:${id}` });
        if (acknowledged) await journal(request, { action: 'complaints.acknowledge', subject: `complaint:${id}` });
        return { reference, message: ACCEPTED[lang] };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/complaints/entries',
      access: needs('complaints.manage'),
      tag: 'complaints',
      body: staffEntryBody,
      summary: {
        en: 'Enter a complaint received by mail, phone or in person',
        fr: 'Saisir une plainte reçue par courrier, téléphone ou en personne',
      },
      responses: { 201: { description: 'Registered', schema: enteredSchema } },
      async handler({ body, caller, request }) {
        const { id, reference } = await guarded(() => desk.receive(body, actorOf(caller)));
        await journal(request, { action: 'complaints.enter', subject: `complaint:${id}` });
        return { id, reference };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/complaints',
      access: needs('complaints.read'),
      tag: 'complaints',
      summary: { en: 'The complaints register, with its deadlines', fr: 'Le registre des plaintes et ses échéances' },
      responses: { 200: { description: 'Most recent first, without personal data', schema: listSchema } },
      async handler({ request }) {
        const complaints = await desk.list();
        await journal(request, { action: 'complaints.list' });
        return { complaints };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/complaints/:id',
      access: needs('complaints.read'),
      tag: 'complaints',
      params: idParams,
      summary: {
        en: 'One complaint, decrypted, with its notes and levels',
        fr: 'Une plainte, déchiffrée, avec ses notes et ses niveaux',
      },
      responses: { 200: { description: 'The complaint', schema: detailSchema } },
      async handler({ params, request }) {
        const complaint = await guarded(() => desk.detail(params.id));
        await journal(request, { action: 'complaints.read', subject: `complaint:${params.id}` });
        return { complaint };
      },
    }),
    action(
      'acknowledgement',
      'complaints.acknowledge',
      { en: 'Record an acknowledgement given', fr: 'Consigner un accusé de réception donné' },
      (id, by) => desk.acknowledge(id, by),
    ),
    action(
      'escalation',
      'complaints.escalate',
      { en: 'Escalate to the next declared level', fr: 'Faire passer au niveau déclaré suivant' },
      (id, by) => desk.escalate(id, by),
    ),
    action('closure', 'complaints.close', { en: 'Close the complaint', fr: 'Fermer la plainte' }, (id, by) =>
      desk.close(id, by),
    ),
    defineRoute({
      method: 'POST',
      url: '/api/v1/complaints/:id/notes',
      access: needs('complaints.manage'),
      tag: 'complaints',
      params: idParams,
      body: noteBody,
      summary: { en: 'Add a confidential investigation note', fr: 'Ajouter une note d’enquête confidentielle' },
      responses: { 200: { description: 'The complaint as it is now', schema: detailSchema } },
      async handler({ params, body, caller, request }) {
        await guarded(() => desk.addNote(params.id, body.note, actorOf(caller)));
        await journal(request, { action: 'complaints.note', subject: `complaint:${params.id}` });
        return { complaint: await guarded(() => desk.detail(params.id)) };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/complaints/:id/conclusion',
      access: needs('complaints.manage'),
      tag: 'complaints',
      params: idParams,
      body: conclusionBody,
      summary: { en: 'Conclude, and email the conclusion', fr: 'Conclure, et envoyer la conclusion' },
      responses: { 200: { description: 'Whether the conclusion was emailed', schema: sentSchema } },
      async handler({ params, body, caller, request }) {
        const { sent } = await guarded(() => desk.conclude(params.id, body.conclusion, body.send, actorOf(caller)));
        await journal(request, { action: 'complaints.conclude', subject: `complaint:${params.id}` });
        if (sent) await journal(request, { action: 'complaints.conclusion_sent', subject: `complaint:${params.id}` });
        return { sent };
      },
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/complaints/:id/links',
      access: needs('complaints.manage'),
      tag: 'complaints',
      params: idParams,
      body: linksBody,
      summary: {
        en: 'Link a rights request or an incident',
        fr: 'Lier une demande d’exercice de droits ou un incident',
      },
      responses: { 200: { description: 'The complaint as it is now', schema: detailSchema } },
      async handler({ params, body, caller, request }) {
        await guarded(() => desk.link(params.id, body, actorOf(caller)));
        await journal(request, { action: 'complaints.link', subject: `complaint:${params.id}` });
        return { complaint: await guarded(() => desk.detail(params.id)) };
      },
    }),
  ];
}
