import { actorOf } from '../../app/caller.js';
import { defineRoute, needs, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import { type AttachmentMediaType, attachmentDisposition, downloadName } from './attachment-type.js';
import { ATTACHMENT_NOT_FOUND } from './attachments.problem.js';
import { attachmentParams, attachmentsListSchema, identityCheckBody } from './attachments.schemas.js';
import { requestsProblem } from './requests.problem.js';
import { detailSchema, idParams } from './requests.schemas.js';
import type { RequestsServices } from './requests.services.js';

/** Staff routes over a request's files (proof of capacity, identity document) and the check of an identity document. */
export function attachmentsRoutes(deps: { services: RequestsServices; journal: RequestJournal }): RouteDefinition[] {
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
      url: '/api/v1/requests/:id/attachments',
      access: needs('requests.read'),
      tag: 'requests',
      params: idParams,
      summary: { en: 'The files attached to a request', fr: 'Les fichiers joints à une demande' },
      responses: { 200: { description: 'Names, purposes, detected types and sizes', schema: attachmentsListSchema } },
      async handler({ params, request }) {
        const attachments = await guarded(() => services.attachments.list(params.id));
        // File names often carry the person's name: listing them is reading the request.
        await journal(request, { action: 'requests.list_attachments', subject: `request:${params.id}` });
        return { attachments };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/requests/:id/attachments/:attachmentId',
      access: needs('requests.read'),
      tag: 'requests',
      params: attachmentParams,
      summary: { en: 'Download a file attached to a request', fr: 'Télécharger un fichier joint à une demande' },
      responses: { 200: { description: 'The file as received', contentType: 'application/octet-stream' } },
      async handler({ params, request, reply }) {
        const file = await services.attachments.open(params.id, params.attachmentId);
        if (file === undefined) throw ATTACHMENT_NOT_FOUND;
        await journal(request, { action: 'requests.download_attachment', subject: `request:${params.id}` });
        const name = downloadName(file.name, file.mediaType as AttachmentMediaType);
        return (
          reply
            .header('content-type', file.mediaType)
            // Saved, never shown inline: a document from the public is not rendered in the console's origin.
            .header('content-disposition', attachmentDisposition(name))
            .header('cache-control', 'no-store')
            .header('x-content-type-options', 'nosniff')
            .send(file.bytes)
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/requests/:id/identity-check',
      access: needs('requests.manage'),
      tag: 'requests',
      params: idParams,
      body: identityCheckBody,
      summary: {
        en: 'Record the check of an identity document',
        fr: 'Consigner la vérification d’une pièce d’identité',
      },
      responses: { 200: { description: 'The request as it is now, with the check', schema: detailSchema } },
      async handler({ params, body, caller, request }) {
        const subject = `request:${params.id}`;
        const { movedToInProgress } = await guarded(() =>
          services.attachments.checkIdentity(params.id, { outcome: body.outcome, note: body.note }, actorOf(caller)),
        );
        await journal(request, { action: `requests.identity_check_${body.outcome}`, subject });
        if (movedToInProgress) await journal(request, { action: 'requests.move_to_in_progress', subject });
        const detail = await guarded(() => services.desk.detail(params.id));
        const identityCheck = await services.attachments.identityCheck(params.id);
        return { request: { ...detail, ...(identityCheck === undefined ? {} : { identityCheck }) } };
      },
    }),
  ];
}
