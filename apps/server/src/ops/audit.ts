import type { Localized } from '@vigie/core';
import * as z from 'zod';
import type { VigieDatabase } from '../db/database.js';
import type { Installation } from '../installation/installation.js';
import type { JournalPublicKeys } from '../modules/journal/journal.checkpoint.js';
import { exportJournalRange, verifyJournalExport } from '../modules/journal/journal.export.js';
import type { JournalProblemKind } from '../modules/journal/journal.problem.js';
import { describeJournalProblem } from '../modules/journal/journal.problem-messages.js';
import { createJournalStore } from '../modules/journal/journal.store.js';
import { createJournalStoreReader } from '../modules/journal/journal.store-reader.js';
import type { JournalVerification } from '../modules/journal/journal.verify.js';
import { verifyStoredJournal } from '../modules/journal/journal.verify-stored.js';

/** What `vigie audit verify` reports, as the CLI prints it and as `--json` writes it. */
export interface AuditVerification {
  readonly ok: boolean;
  /** Entries verified: all of them when ok, those read up to the problem otherwise. */
  readonly entries: number;
  readonly checkpoints: number;
  readonly head?: { readonly seq: number; readonly hash: string };
  /** Entries after the last signed checkpoint: nothing signed vouches for them yet. */
  readonly uncheckpointed?: number;
  /** The first entry that was altered, removed, inserted or reordered (or the checkpoint at fault). */
  readonly problem?: { readonly kind: JournalProblemKind; readonly seq: number; readonly message: Localized };
}

/** Where the journal is read and which keys verify its checkpoints: an installation, or a store being restored. */
interface JournalSource {
  readonly database: Pick<VigieDatabase, 'db'>;
  readonly journal: { readonly publicKeys: JournalPublicKeys };
}

function auditOf(verification: JournalVerification, counts: { entries: number; checkpoints: number }) {
  if (!verification.ok) {
    const { kind, seq } = verification.problem;
    const problem = { kind, seq, message: describeJournalProblem(verification.problem) };
    return { ok: false, entries: counts.entries, checkpoints: counts.checkpoints, problem };
  }
  return {
    ok: true,
    entries: verification.entries,
    checkpoints: counts.checkpoints,
    ...(verification.head === undefined ? {} : { head: verification.head }),
    uncheckpointed: verification.uncheckpointed,
  };
}

/** Re-computes the whole journal from the store and names the first entry that is not as it was written. */
export async function auditVerify(source: JournalSource): Promise<AuditVerification> {
  const { verification, entriesRead, checkpoints } = await verifyStoredJournal({
    db: source.database.db,
    publicKeys: source.journal.publicKeys,
  });
  return auditOf(verification, { entries: entriesRead, checkpoints });
}

type JournalExport = Extract<Awaited<ReturnType<typeof exportJournalRange>>, { ok: true }>['value'];

type AuditExport =
  | { readonly ok: true; readonly value: JournalExport }
  | {
      readonly ok: false;
      readonly code: 'audit.invalid_range' | 'audit.range_beyond_head';
      readonly message: Localized;
    };

/**
 * The entries `from`..`to` with their proof, for an auditor. A range too recent for any checkpoint to cover gets one
 * signed at the head first (the installation holds the signing key), so any range of written entries exports.
 */
export async function auditExport(
  installation: Pick<Installation, 'database' | 'journal'>,
  from: number,
  to: number,
): Promise<AuditExport> {
  const reader = createJournalStoreReader({ db: installation.database.db });
  let result = await exportJournalRange(reader, from, to);
  if (!result.ok && result.code === 'journal.range_not_checkpointed') {
    await installation.journal.appender.checkpoint();
    result = await exportJournalRange(reader, from, to);
  }
  if (result.ok) return result;
  if (result.code === 'journal.invalid_range') {
    return {
      ok: false,
      code: 'audit.invalid_range',
      message: {
        fr: 'La plage doit aller d’un numéro d’entrée à un autre, à partir de 1 (--from 1 --to 500 par exemple).',
        en: 'The range must go from one entry number to another, starting at 1 (for example --from 1 --to 500).',
      },
    };
  }
  const last = (await createJournalStore(installation.database).lastEntry())?.seq;
  return {
    ok: false,
    code: 'audit.range_beyond_head',
    message: {
      fr: `La plage dépasse la dernière entrée du journal${last === undefined ? '' : ` (n° ${last})`}.`,
      en: `The range goes past the journal’s last entry${last === undefined ? '' : ` (${last})`}.`,
    },
  };
}

const entrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subject: z.string().nullable(),
  purpose: z.string().nullable(),
  origin: z.string(),
  prevHash: z.string(),
  hash: z.string(),
});

const exportSchema = z.object({
  format: z.literal('vigie/journal-export/v1'),
  from: z.number().int(),
  to: z.number().int(),
  entries: z.array(entrySchema),
  checkpoints: z.array(
    z.object({ seq: z.number(), hash: z.string(), signature: z.string(), keyId: z.string(), at: z.string() }),
  ),
  keyIds: z.array(z.string()),
});

/**
 * Verifies an export file on its own (an auditor's copy): its chain, its checkpoints' signatures under
 * `publicKeys`, and that a checkpoint closes it. Undefined when the text is not a journal export at all.
 */
export async function verifyExportFile(
  text: string,
  publicKeys: JournalPublicKeys,
): Promise<AuditVerification | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const exported = exportSchema.safeParse(parsed);
  if (!exported.success) return undefined;
  const verification = await verifyJournalExport(exported.data, publicKeys);
  return auditOf(verification, {
    entries: verification.ok ? verification.entries : 0,
    checkpoints: exported.data.checkpoints.length,
  });
}
