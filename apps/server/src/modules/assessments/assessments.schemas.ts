import * as z from 'zod';

/** Room for a few pages per answer: an assessment is a document, but not an attachment store. */
const TEXT_MAX = 20_000;
const text = z.string().trim().max(TEXT_MAX);
/** CNIL scale: 1 negligible, 2 limited, 3 significant, 4 maximum. */
const level = z.int().min(1).max(4);

const risk = z.strictObject({
  /** Main sources of risk and threats, and the impacts on the persons. */
  description: text,
  severity: level,
  likelihood: level,
  /** Existing or planned measures that address it. */
  measures: text,
});

/** The questionnaire of the CNIL PIA method: context, fundamental principles, the three risks, action plan, DPO. */
export const questionnaireSchema = z.strictObject({
  context: z.strictObject({
    /** The processing, its purposes and stakes, the controller and processors. */
    overview: text,
    /** The data, processes and supporting assets, across the life cycle. */
    dataAndLifecycle: text,
  }),
  principles: z.strictObject({
    /** Purposes, legal basis, minimisation, accuracy, retention (necessity and proportionality). */
    proportionality: text,
    /** Information, consent, rights of access, rectification, erasure, processors, transfers. */
    rightsProtection: text,
  }),
  risks: z.strictObject({
    illegitimateAccess: risk,
    unwantedChange: risk,
    disappearance: risk,
  }),
  actionPlan: text,
  /** The opinion of the DPO (privacy officer in Quebec): required before approval. */
  dpoOpinion: text.default(''),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;
export const RISK_KEYS = ['illegitimateAccess', 'unwantedChange', 'disappearance'] as const;

export const idParams = z.strictObject({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/) });

export const detailQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });

export const reportQuery = z.strictObject({
  lang: z.enum(['fr', 'en']).optional(),
  version: z.coerce.number().int().min(1).optional(),
});

export const saveBody = z.strictObject({
  /** The version the author started from (0 for the first): a save on top of a newer one is refused. */
  baseVersion: z.int().min(0),
  questionnaire: questionnaireSchema,
});

export const approvalBody = z.strictObject({ version: z.int().min(1) });

const localized = z.object({ fr: z.string(), en: z.string() });

const versionSummary = z.object({
  version: z.int(),
  savedAt: z.string(),
  savedBy: z.string(),
  approvedAt: z.string().optional(),
  approvedBy: z.string().optional(),
});

const registerEntry = z.object({
  id: z.string(),
  title: localized,
  declaredStatus: z.string(),
  latestVersion: z.int().optional(),
  approvedVersion: z.int().optional(),
});

export const listSchema = z.object({
  triggers: z.array(
    z.object({
      trigger: z.string(),
      subject: z.object({ section: z.string(), id: z.string(), name: localized }),
      reason: localized,
      citation: localized,
      confidence: z.string(),
      acceptedStatuses: z.array(z.string()),
      assessments: z.array(z.object({ id: z.string(), status: z.string() })),
      covered: z.boolean(),
    }),
  ),
  assessments: z.array(registerEntry),
});

export const detailSchema = z.object({
  assessment: registerEntry.extend({
    history: z.array(versionSummary),
    current: versionSummary
      .extend({
        questionnaire: questionnaireSchema,
        scores: z.record(z.string(), z.object({ severity: z.int(), likelihood: z.int() })),
      })
      .optional(),
  }),
});
