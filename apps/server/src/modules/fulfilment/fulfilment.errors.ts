import type { Localized } from '@vigie/core';
import { ProblemError } from '../../app/problem.js';

/** Stable codes of what fulfilment refuses; each has its status and sentence below. */
type FulfilmentErrorCode =
  | 'fulfilment.not_found'
  | 'fulfilment.wrong_state'
  | 'fulfilment.kind_not_automated'
  | 'fulfilment.no_identity'
  | 'fulfilment.no_plan'
  | 'fulfilment.row_not_located'
  | 'fulfilment.identities_disagree'
  | 'fulfilment.download_refused'
  | 'fulfilment.task_not_found'
  | 'fulfilment.task_closed'
  | 'fulfilment.bad_signature'
  | 'fulfilment.stale_signature'
  | 'fulfilment.bad_result';

const PROBLEMS: Record<FulfilmentErrorCode, { status: number; detail: Localized }> = {
  'fulfilment.not_found': {
    status: 404,
    detail: { fr: 'Cette demande n’existe pas.', en: 'This request does not exist.' },
  },
  'fulfilment.wrong_state': {
    status: 409,
    detail: {
      fr: 'La demande n’est pas à l’état voulu : un plan se prépare en cours de traitement et s’approuve en attente d’approbation.',
      en: 'The request is not in the right state: a plan is prepared while in progress and approved while awaiting approval.',
    },
  },
  'fulfilment.kind_not_automated': {
    status: 422,
    detail: {
      fr: 'Ce type de demande ne s’exécute pas dans les bases de données ; traitez-le à la main.',
      en: 'This kind of request is not carried out in the databases; handle it by hand.',
    },
  },
  'fulfilment.no_identity': {
    status: 422,
    detail: {
      fr: 'Aucune identité vérifiée pour chercher la personne : ajoutez-en une.',
      en: 'No verified identity to look the person up by: add one.',
    },
  },
  'fulfilment.no_plan': {
    status: 409,
    detail: { fr: 'Cette demande n’a pas de plan à approuver.', en: 'This request has no plan to approve.' },
  },
  'fulfilment.row_not_located': {
    status: 422,
    detail: {
      fr: 'Une rectification vise une ligne qui n’appartient pas à la personne trouvée.',
      en: 'A rectification names a row that does not belong to the person located.',
    },
  },
  'fulfilment.identities_disagree': {
    status: 422,
    detail: {
      fr: 'Les identités de la demande ne désignent pas une seule et même personne dans un système (identité partagée, ou appartenant à quelqu’un d’autre) : vérifiez-les avant de planifier.',
      en: 'The request’s identities do not name one and the same person in a system (shared, or belonging to someone else): check them before planning.',
    },
  },
  'fulfilment.download_refused': {
    status: 404,
    detail: {
      fr: 'Ce lien de téléchargement n’est pas valide ou a expiré. Écrivez-nous pour en recevoir un nouveau.',
      en: 'This download link is not valid or has expired. Write to us to receive a new one.',
    },
  },
  'fulfilment.task_not_found': {
    status: 404,
    detail: { fr: 'Cette tâche n’existe pas.', en: 'This task does not exist.' },
  },
  'fulfilment.task_closed': {
    status: 409,
    detail: {
      fr: 'Cette tâche est déjà fermée : sa première réponse a été retenue.',
      en: 'This task is already closed: its first answer was kept.',
    },
  },
  'fulfilment.bad_signature': {
    status: 401,
    detail: {
      fr: 'Signature absente ou invalide (en-tête Vigie-Signature).',
      en: 'Missing or invalid signature (Vigie-Signature header).',
    },
  },
  'fulfilment.stale_signature': {
    status: 401,
    detail: {
      fr: 'Signature trop ancienne (plus de 5 minutes) : signez la réponse au moment de l’envoyer.',
      en: 'Signature too old (more than 5 minutes): sign the answer when sending it.',
    },
  },
  'fulfilment.bad_result': {
    status: 422,
    detail: {
      fr: 'Le résultat ne suit pas le format attendu (outcome, tables).',
      en: 'The result does not follow the expected format (outcome, tables).',
    },
  },
};

export class FulfilmentError extends Error {
  readonly code: FulfilmentErrorCode;
  constructor(code: FulfilmentErrorCode) {
    super(code);
    this.name = 'FulfilmentError';
    this.code = code;
  }
}

/** FulfilmentError → problem+json; anything else is rethrown as is (an internal error). */
export function fulfilmentProblem(error: unknown): unknown {
  if (!(error instanceof FulfilmentError)) return error;
  return new ProblemError({ code: error.code, ...PROBLEMS[error.code] });
}
