import type { Localized } from '@vigie/core';
import { ProblemError } from '../../app/problem.js';
import { IncidentsError, type IncidentsErrorCode } from './incidents.errors.js';

const PROBLEMS: Record<IncidentsErrorCode, { status: number; detail: Localized }> = {
  'incidents.not_found': {
    status: 404,
    detail: { fr: 'Cet incident n’existe pas.', en: 'This incident does not exist.' },
  },
  'incidents.changed_meanwhile': {
    status: 409,
    detail: {
      fr: 'L’incident a changé entre-temps : rechargez-le et recommencez.',
      en: 'The incident changed meanwhile: reload it and try again.',
    },
  },
  'incidents.no_regime': {
    status: 503,
    detail: {
      fr: 'La déclaration de l’organisation ne nomme aucun régime de protection des renseignements personnels.',
      en: 'The organisation’s declaration names no privacy regime.',
    },
  },
  'incidents.period_reversed': {
    status: 422,
    detail: { fr: 'Une période se termine avant de commencer.', en: 'A period ends before it starts.' },
  },
  'incidents.in_future': {
    status: 422,
    detail: { fr: 'Une date est dans le futur.', en: 'A date is in the future.' },
  },
  'incidents.notice_not_applicable': {
    status: 404,
    detail: {
      fr: 'Aucune loi qui s’applique à l’organisation ne prévoit cet avis.',
      en: 'No law that applies to the organisation provides for this notice.',
    },
  },
  'incidents.notice_incomplete': {
    status: 422,
    detail: {
      fr: 'L’avis ne peut pas encore être rédigé : des renseignements exigés par la loi manquent (voir « missing »).',
      en: 'The notice cannot be written yet: items the law requires are missing (see "missing").',
    },
  },
};

/** IncidentsError → problem+json (an incomplete notice names its missing items); anything else is rethrown. */
export function incidentsProblem(error: unknown): unknown {
  if (!(error instanceof IncidentsError)) return error;
  return new ProblemError({
    code: error.code,
    ...PROBLEMS[error.code],
    ...(error.missing.length === 0 ? {} : { extra: { missing: error.missing } }),
  });
}
