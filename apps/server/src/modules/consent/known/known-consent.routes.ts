import { actorOf } from '../../../app/caller.js';
import { defineRoute, needs, type RouteDefinition } from '../../../app/route.js';
import type { RequestJournal } from '../../journal/journal.recorder.js';
import {
  knownConsentBody,
  knownHistoryBody,
  knownHistorySchema,
  knownRecordedSchema,
  knownVerificationSchema,
  knownWithdrawalBody,
} from './known-consent.schemas.js';
import type { KnownConsentServices } from './known-consent.services.js';

/**
 * Consents of known people, recorded by staff or the organisation's systems (API keys). The person's reference is
 * always in the body, never in a URL (URLs end up in logs and browser histories). No route edits or deletes a record.
 */
export function knownConsentRoutes(deps: {
  readonly services: KnownConsentServices;
  readonly journal: RequestJournal;
}): RouteDefinition[] {
  const { services, journal } = deps;
  const recorded = (record: { id: string; recordedAt: string; hash: string }) => ({
    record: { id: record.id, recordedAt: record.recordedAt, hash: record.hash },
  });
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/consents/known',
      access: needs('consents.manage'),
      tag: 'consents',
      body: knownConsentBody,
      summary: {
        en: 'Record a known person’s consent to a purpose',
        fr: 'Enregistrer le consentement d’une personne connue à une finalité',
      },
      responses: { 201: { description: 'Recorded and chained', schema: knownRecordedSchema } },
      async handler({ body, caller, request }) {
        const record = await services.give(body, actorOf(caller));
        await journal(request, {
          action: 'consents.known_give',
          subject: `known_consent:${record.id}`,
          purpose: body.purpose,
        });
        return recorded(record);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/consents/known/withdrawal',
      access: needs('consents.manage'),
      tag: 'consents',
      body: knownWithdrawalBody,
      summary: {
        en: 'Record the withdrawal of a known person’s consent, and tell the organisation’s systems',
        fr: 'Enregistrer le retrait du consentement d’une personne connue et en informer les systèmes de l’organisation',
      },
      responses: { 201: { description: 'Recorded and chained; deliveries queued', schema: knownRecordedSchema } },
      async handler({ body, caller, request }) {
        const record = await services.withdraw(body, actorOf(caller));
        await journal(request, {
          action: 'consents.known_withdraw',
          subject: `known_consent:${record.id}`,
          purpose: body.purpose,
        });
        return recorded(record);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/consents/known/history',
      access: needs('consents.read'),
      tag: 'consents',
      body: knownHistoryBody,
      summary: {
        en: 'A known person’s consents: current state and full history per purpose',
        fr: 'Les consentements d’une personne connue : état actuel et historique complet par finalité',
      },
      responses: { 200: { description: 'Per purpose, oldest record first', schema: knownHistorySchema } },
      async handler({ body, request }) {
        const history = await services.history(body.subject);
        // The journal names the person by the blind index only: never their reference.
        await journal(request, {
          action: 'consents.known_read',
          subject: `known_subject:${services.subjectKey(body.subject)}`,
        });
        return history;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/consents/known/verification',
      access: needs('journal.read'),
      tag: 'consents',
      summary: {
        en: 'Re-computes the known-consent chain and checks it against the journal’s anchors',
        fr: 'Recalcule la chaîne des consentements des personnes connues et la contrôle avec les ancrages du journal',
      },
      responses: { 200: { description: 'The verification result', schema: knownVerificationSchema } },
      async handler({ request }) {
        const report = await services.verify();
        await journal(request, { action: 'consents.known_verify' });
        return report;
      },
    }),
  ];
}
