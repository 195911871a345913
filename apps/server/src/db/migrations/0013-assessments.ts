import type { Kysely, Migration } from 'kysely';

/**
 * The impact-assessment register (issue 6), keyed by the declaration's assessment id. Every save is a new row
 * (history kept, never updated except to record the approval of that very version). The risk scores stay in clear
 * for listing; the questionnaire's free texts (context, principles, risks, action plan, DPO opinion) are encrypted
 * as one field bound to the row.
 */
export const assessments: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('assessment_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('assessment_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('scores', 'text', (c) => c.notNull())
      .addColumn('questionnaire_encrypted', 'text', (c) => c.notNull())
      .addColumn('saved_by', 'text', (c) => c.notNull())
      .addColumn('saved_at', 'text', (c) => c.notNull())
      .addColumn('approved_by', 'text')
      .addColumn('approved_at', 'text')
      // Two saves racing for the same next version: one wins, the other is told to reload.
      .addUniqueConstraint('assessment_versions_version', ['assessment_id', 'version'])
      .execute();
  },
};
