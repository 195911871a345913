import type { Localized } from '@vigie/core';
import { ProblemError } from '../../app/problem.js';

/** Stable codes of what the assessment register refuses, each with its status and sentence. */
const PROBLEMS = {
  'assessments.not_found': {
    status: 404,
    detail: {
      fr: 'La déclaration ne contient pas cette évaluation, ou cette version n’existe pas.',
      en: 'The declaration has no such assessment, or this version does not exist.',
    },
  },
  'assessments.changed_meanwhile': {
    status: 409,
    detail: {
      fr: 'L’évaluation a été enregistrée entre-temps : rechargez-la et recommencez.',
      en: 'The assessment was saved meanwhile: reload it and try again.',
    },
  },
  'assessments.not_latest': {
    status: 409,
    detail: {
      fr: 'Seule la dernière version d’une évaluation peut être approuvée.',
      en: 'Only the latest version of an assessment can be approved.',
    },
  },
  'assessments.already_approved': {
    status: 409,
    detail: { fr: 'Cette version est déjà approuvée.', en: 'This version is already approved.' },
  },
  'assessments.dpo_opinion_required': {
    status: 422,
    detail: {
      fr: 'L’avis du responsable de la protection des renseignements personnels (DPO) est requis avant l’approbation.',
      en: 'The opinion of the privacy officer (DPO) is required before approval.',
    },
  },
} satisfies Record<string, { status: number; detail: Localized }>;

type AssessmentsErrorCode = keyof typeof PROBLEMS;

/** A refusal of the register, as problem+json. */
export function assessmentsProblem(code: AssessmentsErrorCode): ProblemError {
  return new ProblemError({ code, ...PROBLEMS[code] });
}
