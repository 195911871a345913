import type { Kysely, Selectable } from 'kysely';
import type { AssessmentVersionsTable, Database } from '../../db/schema.js';

export type AssessmentVersionRow = Selectable<AssessmentVersionsTable>;

/** The assessment versions as rows: encryption and the rules are the register's. */
export function createAssessmentsStore(db: Kysely<Database>) {
  return {
    /** False when that version already exists (another save got there first). */
    async insert(row: AssessmentVersionRow): Promise<boolean> {
      const result = await db
        .insertInto('assessment_versions')
        .values(row)
        .onConflict((oc) => oc.columns(['assessment_id', 'version']).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },

    /** Every version of one assessment, oldest first. */
    versions: (assessmentId: string) =>
      db
        .selectFrom('assessment_versions')
        .selectAll()
        .where('assessment_id', '=', assessmentId)
        .orderBy('version')
        .execute(),

    /** The latest and the latest approved version of every assessment, without the questionnaires. */
    summaries: () =>
      db
        .selectFrom('assessment_versions')
        .select(['assessment_id', 'version', 'approved_at'])
        .orderBy('assessment_id')
        .orderBy('version')
        .execute(),

    /** Records the approval of a version not yet approved; false when it already was. */
    async approve(id: string, by: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('assessment_versions')
        .set({ approved_by: by, approved_at: at })
        .where('id', '=', id)
        .where('approved_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

export type AssessmentsStore = ReturnType<typeof createAssessmentsStore>;
