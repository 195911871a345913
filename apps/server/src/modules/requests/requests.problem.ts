import type { Localized } from '@vigie/core';
import { ProblemError, type ProblemFieldError } from '../../app/problem.js';
import { RequestsError, type RequestsErrorCode } from './requests.errors.js';

const PROBLEMS: Record<
  RequestsErrorCode,
  { status: number; detail: Localized; errors?: readonly ProblemFieldError[] }
> = {
  'requests.mail_not_configured': {
    status: 503,
    detail: {
      fr: 'Les demandes en ligne sont indisponibles : l’envoi de courriels n’est pas configuré. Écrivez à la personne responsable de la protection des renseignements personnels.',
      en: 'Online requests are unavailable: sending email is not configured. Write to the person in charge of the protection of personal information.',
    },
  },
  'requests.mail_unavailable': {
    status: 503,
    detail: {
      fr: 'Le courriel de confirmation n’a pas pu être envoyé ; votre demande n’a pas été enregistrée. Réessayez plus tard.',
      en: 'The confirmation email could not be sent; your request was not recorded. Try again later.',
    },
  },
  'requests.no_regime': {
    status: 503,
    detail: {
      fr: 'La déclaration de l’organisation ne nomme aucun régime de protection des renseignements personnels.',
      en: 'The organisation’s declaration names no privacy regime.',
    },
  },
  'requests.kind_not_available': {
    status: 422,
    detail: {
      fr: 'Ce type de demande n’est pas prévu par la loi qui s’applique.',
      en: 'This kind of request is not provided for by the law that applies.',
    },
  },
  'requests.received_in_future': {
    status: 422,
    detail: { fr: 'La date de réception est dans le futur.', en: 'The date of receipt is in the future.' },
  },
  'requests.not_found': {
    status: 404,
    detail: { fr: 'Cette demande n’existe pas.', en: 'This request does not exist.' },
  },
  'requests.transition_not_allowed': {
    status: 409,
    detail: {
      fr: 'La demande ne peut pas passer à cet état depuis son état actuel.',
      en: 'The request cannot move to this state from its current state.',
    },
  },
  'requests.refusal_reason_required': {
    status: 422,
    detail: { fr: 'Un refus doit indiquer son motif.', en: 'A refusal must give its ground.' },
  },
  'requests.refusal_reason_unknown': {
    status: 422,
    detail: {
      fr: 'Ce motif de refus n’est pas prévu par le régime de la demande.',
      en: 'This ground for refusal is not provided for by the request’s regime.',
    },
  },
  'requests.changed_meanwhile': {
    status: 409,
    detail: {
      fr: 'La demande a changé entre-temps : rechargez-la et recommencez.',
      en: 'The request changed meanwhile: reload it and try again.',
    },
  },
  'requests.assignee_not_staff': {
    status: 422,
    detail: {
      fr: 'Cette personne ne peut pas recevoir la demande.',
      en: 'This person cannot be given the request.',
    },
    errors: [
      {
        path: 'userId',
        message: {
          fr: 'Choisissez un membre actif du personnel qui peut lire les demandes.',
          en: 'Choose an active staff member who can read requests.',
        },
      },
    ],
  },
  'requests.extension_not_provided': {
    status: 409,
    detail: {
      fr: 'La loi qui s’applique à cette demande ne prévoit pas de prolongation du délai.',
      en: 'The law that applies to this request provides for no extension of the time limit.',
    },
  },
  'requests.already_extended': {
    status: 409,
    detail: {
      fr: 'Le délai de cette demande a déjà été prolongé.',
      en: 'This request’s time limit was already extended.',
    },
  },
  'requests.extension_too_late': {
    status: 409,
    detail: {
      fr: 'L’avis de prolongation devait être donné avant la fin du premier délai.',
      en: 'Notice of an extension had to be given before the first time limit ended.',
    },
  },
  'requests.no_letter': {
    status: 409,
    detail: {
      fr: 'Aucune lettre ne répond à une demande dans cet état.',
      en: 'No letter answers a request in this state.',
    },
  },
  'requests.no_email': {
    status: 422,
    detail: {
      fr: 'Cette demande n’a pas d’adresse de courriel : imprimez la lettre et envoyez-la par la poste.',
      en: 'This request has no email address: print the letter and send it by mail.',
    },
  },
  'requests.letter_not_sent': {
    status: 503,
    detail: {
      fr: 'Le serveur de courriel n’a pas accepté la lettre : elle n’a pas été envoyée. Réessayez plus tard.',
      en: 'The mail server did not accept the letter: it was not sent. Try again later.',
    },
  },
};

/** The one answer to every failed verification, whatever the reason, so that none reveals a request exists. */
export const VERIFICATION_FAILED = new ProblemError({
  code: 'requests.verification_failed',
  status: 422,
  detail: {
    fr: 'Ce code n’est pas valide : il est peut-être erroné, expiré ou a été essayé trop de fois. Vérifiez-le ou demandez un nouveau code.',
    en: 'This code is not valid: it may be wrong, expired, or tried too many times. Check it or ask for a new code.',
  },
});

/** RequestsError → problem+json; anything else is rethrown as is (an internal error). */
export function requestsProblem(error: unknown): unknown {
  if (!(error instanceof RequestsError)) return error;
  const problem = PROBLEMS[error.code];
  return new ProblemError({ code: error.code, ...problem });
}
