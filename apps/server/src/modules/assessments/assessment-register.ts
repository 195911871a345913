import {
  type AssessmentTrigger,
  type AssessmentTriggerRules,
  assessmentTriggers,
  type ImpactAssessment,
  type LoadedDeclaration,
} from '@vigie/core';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import { assessmentsProblem } from './assessments.errors.js';
import { type Questionnaire, questionnaireSchema, RISK_KEYS } from './assessments.schemas.js';
import type { AssessmentsStore, AssessmentVersionRow } from './assessments.store.js';

const COLUMN = { table: 'assessment_versions', column: 'questionnaire_encrypted' } as const;

export interface VersionSummary {
  readonly version: number;
  readonly savedAt: string;
  readonly savedBy: string;
  readonly approvedAt?: string;
  readonly approvedBy?: string;
}

interface RegisterEntry {
  readonly id: string;
  readonly title: ImpactAssessment['title'];
  /** The status the declaration gives it (what `vigie check` reads). */
  readonly declaredStatus: ImpactAssessment['status'];
  readonly latestVersion?: number;
  readonly approvedVersion?: number;
}

export interface AssessmentDetail extends RegisterEntry {
  readonly history: readonly VersionSummary[];
  readonly current?: VersionSummary & {
    readonly questionnaire: Questionnaire;
    readonly scores: Record<string, { severity: number; likelihood: number }>;
  };
}

interface RegisterDeps {
  readonly store: AssessmentsStore;
  readonly cipher: FieldCipher;
  readonly declaration: Pick<LoadedDeclaration, 'declaration' | 'taxonomy'>;
  readonly rules: AssessmentTriggerRules;
  readonly now: () => Date;
}

function summaryOf(row: AssessmentVersionRow): VersionSummary {
  return {
    version: row.version,
    savedAt: row.saved_at,
    savedBy: row.saved_by,
    ...(row.approved_at === null ? {} : { approvedAt: row.approved_at }),
    ...(row.approved_by === null ? {} : { approvedBy: row.approved_by }),
  };
}

/**
 * The impact-assessment register over the declaration: the declaration says which assessments exist (and which
 * the law calls for); the register keeps their questionnaires, one row per save, and their approval.
 */
export function createAssessmentRegister(deps: RegisterDeps) {
  const { store, cipher, now } = deps;
  const declared = new Map(deps.declaration.declaration.impactAssessments.map((a) => [a.id, a]));

  const declaredOr404 = (id: string): ImpactAssessment => {
    const assessment = declared.get(id);
    if (assessment === undefined) throw assessmentsProblem('assessments.not_found');
    return assessment;
  };

  const entryOf = (assessment: ImpactAssessment, rows: readonly { version: number; approved_at: string | null }[]) => {
    const latest = rows.at(-1)?.version;
    const approved = rows.filter((r) => r.approved_at !== null).at(-1)?.version;
    return {
      id: assessment.id,
      title: assessment.title,
      declaredStatus: assessment.status,
      ...(latest === undefined ? {} : { latestVersion: latest }),
      ...(approved === undefined ? {} : { approvedVersion: approved }),
    } satisfies RegisterEntry;
  };

  const decrypt = (row: AssessmentVersionRow): Questionnaire =>
    questionnaireSchema.parse(JSON.parse(cipher.decrypt(row.questionnaire_encrypted, { ...COLUMN, rowId: row.id })));

  return {
    /** The assessments the declaration calls for, and every declared assessment with its register state. */
    async list(): Promise<{ triggers: AssessmentTrigger[]; assessments: RegisterEntry[] }> {
      const rows = await store.summaries();
      const assessments = [...declared.values()].map((a) =>
        entryOf(
          a,
          rows.filter((r) => r.assessment_id === a.id),
        ),
      );
      return { triggers: assessmentTriggers(deps.declaration, deps.rules), assessments };
    },

    /** One assessment: its history and the questionnaire of one version (the latest unless asked). */
    async detail(id: string, version?: number): Promise<AssessmentDetail> {
      const assessment = declaredOr404(id);
      const rows = await store.versions(id);
      const row = version === undefined ? rows.at(-1) : rows.find((r) => r.version === version);
      if (version !== undefined && row === undefined) throw assessmentsProblem('assessments.not_found');
      return {
        ...entryOf(assessment, rows),
        history: rows.map(summaryOf),
        ...(row === undefined
          ? {}
          : { current: { ...summaryOf(row), questionnaire: decrypt(row), scores: JSON.parse(row.scores) } }),
      };
    },

    /** Saves a new version on top of `baseVersion`; refused when someone saved a newer one meanwhile. */
    async save(id: string, baseVersion: number, questionnaire: Questionnaire, actor: string): Promise<number> {
      declaredOr404(id);
      const latest = (await store.versions(id)).at(-1)?.version ?? 0;
      if (latest !== baseVersion) throw assessmentsProblem('assessments.changed_meanwhile');
      const version = latest + 1;
      const rowId = `${id}@${version}`;
      const scores = Object.fromEntries(
        RISK_KEYS.map((k) => [
          k,
          { severity: questionnaire.risks[k].severity, likelihood: questionnaire.risks[k].likelihood },
        ]),
      );
      const inserted = await store.insert({
        id: rowId,
        assessment_id: id,
        version,
        scores: JSON.stringify(scores),
        questionnaire_encrypted: cipher.encrypt(JSON.stringify(questionnaire), { ...COLUMN, rowId }),
        saved_by: actor,
        saved_at: now().toISOString(),
        approved_by: null,
        approved_at: null,
      });
      if (!inserted) throw assessmentsProblem('assessments.changed_meanwhile');
      return version;
    },

    /** Approves the latest version, which must carry the DPO's opinion (CNIL method; GDPR Art. 35(2)). */
    async approve(id: string, version: number, actor: string): Promise<void> {
      declaredOr404(id);
      const rows = await store.versions(id);
      const row = rows.find((r) => r.version === version);
      if (row === undefined) throw assessmentsProblem('assessments.not_found');
      if (row !== rows.at(-1)) throw assessmentsProblem('assessments.not_latest');
      if (row.approved_at !== null) throw assessmentsProblem('assessments.already_approved');
      if (decrypt(row).dpoOpinion.trim() === '') throw assessmentsProblem('assessments.dpo_opinion_required');
      if (!(await store.approve(row.id, actor, now().toISOString())))
        throw assessmentsProblem('assessments.already_approved');
    },
  };
}

export type AssessmentRegister = ReturnType<typeof createAssessmentRegister>;
