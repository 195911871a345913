import type { Localized } from '@vigie/core';
import { ProblemError } from '../../app/problem.js';
import { ComplaintsError, type ComplaintsErrorCode } from './complaints.errors.js';

const PROBLEMS: Record<ComplaintsErrorCode, { status: number; detail: Localized }> = {
  'complaints.not_found': {
    status: 404,
    detail: { fr: 'Cette plainte n’existe pas.', en: 'This complaint does not exist.' },
  },
  'complaints.not_declared': {
    status: 503,
    detail: {
      fr: 'La déclaration de l’organisation ne décrit aucun processus de traitement des plaintes.',
      en: 'The organisation’s declaration describes no complaint-handling process.',
    },
  },
  'complaints.wrong_state': {
    status: 409,
    detail: {
      fr: 'Cette action n’est pas possible à l’étape où en est la plainte.',
      en: 'This action is not possible at the stage the complaint is at.',
    },
  },
  'complaints.last_level': {
    status: 409,
    detail: {
      fr: 'La plainte est déjà au dernier niveau déclaré : elle ne peut pas remonter plus haut.',
      en: 'The complaint is already at the last declared level: it cannot be escalated further.',
    },
  },
  'complaints.link_not_found': {
    status: 422,
    detail: {
      fr: 'La demande ou l’incident à lier n’existe pas.',
      en: 'The request or incident to link does not exist.',
    },
  },
  'complaints.in_future': {
    status: 422,
    detail: { fr: 'La date de réception est dans le futur.', en: 'The date of receipt is in the future.' },
  },
};

/** ComplaintsError → problem+json; anything else is rethrown as is. */
export function complaintsProblem(error: unknown): unknown {
  if (!(error instanceof ComplaintsError)) return error;
  return new ProblemError({ code: error.code, ...PROBLEMS[error.code] });
}
