import * as z from 'zod';
import { localizedSchema } from '../../i18n/localized.js';
import { idSchema } from './common.js';
import { EXPECTED } from './expected.js';

/** Database engines Vigie queries itself through a connector (annotated tables required). */
export const DATASET_ENGINES = ['postgres', 'mysql', 'sqlite'] as const;
export type DatasetEngine = (typeof DATASET_ENGINES)[number];

/**
 * Systems Vigie cannot query: `webhook` receives the request signed and posts its results back; `manual` is a task
 * for staff (paper records), described by `instructions`. Neither has tables: Vigie does not read them.
 */
export const EXTERNAL_ENGINES = ['webhook', 'manual'] as const;
export type ExternalEngine = (typeof EXTERNAL_ENGINES)[number];
const externalEngines: ReadonlySet<string> = new Set(EXTERNAL_ENGINES);

/** Whether Vigie reaches this dataset by asking the system or staff rather than by a connector. */
export function isExternalEngine(engine: string): engine is ExternalEngine {
  return externalEngines.has(engine);
}

/** Identity kinds a column can carry; `custom:<name>` covers what an organisation numbers itself. */
export const IDENTITY_KINDS = ['email', 'phone', 'health-insurance-number', 'member-number', 'student-number'] as const;

/** What happens to a whole row on erasure: deleted, or kept while its columns decide. */
export const TABLE_ERASURE = ['delete-row', 'keep'] as const;

/**
 * What happens to one column of a kept row on erasure. `redact` writes a fixed text ("[supprimé]")
 * or a constant of the column's type; `pseudonym` writes a keyed HMAC so the column stays joinable.
 */
export const COLUMN_ERASURE = ['set-null', 'redact', 'pseudonym', 'keep'] as const;
export type ColumnErasure = (typeof COLUMN_ERASURE)[number];

// Identifiers reach SQL (quoted), so only plain names are accepted: letters, digits, underscores.
const columnNameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, EXPECTED.sqlColumn.en);
const tableNameSchema = z
  .string()
  .regex(/^([A-Za-z_][A-Za-z0-9_]{0,62}\.)?[A-Za-z_][A-Za-z0-9_]{0,62}$/, EXPECTED.sqlTable.en);
const identityKindSchema = z
  .string()
  .regex(new RegExp(`^(${IDENTITY_KINDS.join('|')}|custom:[a-z0-9][a-z0-9-]*)$`), EXPECTED.identityKind.en);

export const datasetColumnSchema = z.strictObject({
  name: columnNameSchema,
  /** The column holds an identity a person can be found by (in a `person` table). */
  identity: identityKindSchema.optional(),
  /**
   * How an identity column is compared when the store does not keep it in one canonical form: `lower` (emails
   * stored in mixed case), `compact` (numbers stored with spaces, dashes, dots, brackets, slashes or a plus), or
   * both. The lookup then wraps the column, so a large table needs the matching expression index to stay fast.
   */
  normalise: z
    .array(z.enum(['lower', 'compact']))
    .min(1)
    .max(2)
    .optional(),
  /** A data category id, built in or declared. */
  category: idSchema,
  /** Left out: kept in a kept row; redacted when a row that should be deleted must stay (still referenced). */
  erase: z.enum(COLUMN_ERASURE).optional(),
});
export type DatasetColumn = z.infer<typeof datasetColumnSchema>;

/** A foreign key toward the person: `columns` of this table hold the `to` columns of `table`. */
export const datasetReferenceSchema = z.strictObject({
  columns: z.array(columnNameSchema).min(1),
  table: tableNameSchema,
  to: z.array(columnNameSchema).min(1),
});
export type DatasetReference = z.infer<typeof datasetReferenceSchema>;

/**
 * A retention rule bound to a table: `from` holds the date the rule's trigger happened (last entry, contract end,
 * case closed…; empty while it has not), `except` names record types kept longer (a `report_type` of pathology),
 * `holdColumn` a boolean column meaning a legal hold on the row. The string form is the same rule without a clock.
 */
export const datasetRetentionSchema = z.strictObject({
  rule: idSchema,
  from: columnNameSchema,
  except: z
    .array(z.strictObject({ column: columnNameSchema, values: z.array(z.union([z.string(), z.number()])).min(1) }))
    .default([]),
  holdColumn: columnNameSchema.optional(),
});
export type DatasetRetention = z.infer<typeof datasetRetentionSchema>;

/** The rule id of a table's retention, whichever form it is written in. */
export function retentionRuleOf(table: {
  readonly retention?: string | DatasetRetention | undefined;
}): string | undefined {
  const { retention } = table;
  return typeof retention === 'object' ? retention.rule : retention;
}

export const datasetTableSchema = z.strictObject({
  name: tableNameSchema,
  /** The primary key column(s): how a row is named in plans and results. */
  key: z.array(columnNameSchema).min(1),
  /** A row of this table is a person: identities resolve here. */
  person: z.boolean().default(false),
  references: z.array(datasetReferenceSchema).default([]),
  erase: z.enum(TABLE_ERASURE),
  /**
   * A `retention` rule id that protects these rows from erasure, or that binding with the column that starts
   * the rule's clock, so the retention engine can destroy or anonymize the rows once it runs out.
   */
  retention: z.union([idSchema, datasetRetentionSchema]).optional(),
  columns: z.array(datasetColumnSchema).default([]),
});
export type DatasetTable = z.infer<typeof datasetTableSchema>;

/**
 * Where a system keeps personal information: a database annotated for locating, exporting and erasing it (at least
 * one table), or a system Vigie cannot query (webhook, manual: no tables; a manual one says where the paper file is
 * and who handles it, in `instructions`).
 */
export const datasetSchema = z
  .strictObject({
    id: idSchema,
    /** The `systems` id this dataset belongs to. */
    system: idSchema,
    engine: z.enum([...DATASET_ENGINES, ...EXTERNAL_ENGINES]),
    tables: z.array(datasetTableSchema).default([]),
    /** For `manual`: where the records are and who handles them, shown to staff with the task. */
    instructions: localizedSchema.optional(),
  })
  .superRefine((dataset, ctx) => {
    const external = isExternalEngine(dataset.engine);
    if (!external && dataset.tables.length === 0)
      ctx.addIssue({ code: 'custom', path: ['tables'], message: EXPECTED.datasetTables.en });
    if (external && dataset.tables.length > 0)
      ctx.addIssue({ code: 'custom', path: ['tables'], message: EXPECTED.externalNoTables.en });
    if (dataset.engine === 'manual' && dataset.instructions === undefined)
      ctx.addIssue({ code: 'custom', path: ['instructions'], message: EXPECTED.manualInstructions.en });
    if (dataset.engine !== 'manual' && dataset.instructions !== undefined)
      ctx.addIssue({ code: 'custom', path: ['instructions'], message: EXPECTED.instructionsManualOnly.en });
  });
export type Dataset = z.infer<typeof datasetSchema>;
