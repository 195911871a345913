import type { Dataset } from '@vigie/core';
import type { ConnectorResult, LegalHold } from '../connector.js';
import { childrenFirst, indexDataset } from '../sql/annotations.js';
import { quoteTable } from '../sql/driver.js';
import { ConnectorError, toFailure } from '../sql/failures.js';
import { readLiveSchema } from '../sql/live-schema.js';
import { Statement } from '../sql/statement.js';
import { type BoundTable, bindTable, type TableBinding } from './bound-table.js';
import { ALIAS, SweepConditions } from './conditions.js';
import type {
  RetentionCounts,
  RetentionPlan,
  RetentionRules,
  RetentionTablePlan,
  RetentionTarget,
} from './retention-types.js';
import { triggerIndexed } from './trigger-index.js';

const NOTHING: RetentionCounts = { expired: 0, exceptions: 0, holds: 0, referenced: 0, anonymized: 0, due: 0 };

/** What a redacted text column reads after a sweep, as after an erasure. */
export const DEFAULT_REDACTION = '[supprimé]';

/** Every table with a retention rule, children before the tables they reference (so children go first). */
export async function bindDataset(
  target: RetentionTarget,
  dataset: Dataset,
  declaration: RetentionRules,
  now: Date,
  redactionText: string,
): Promise<{ readonly name: string; readonly binding: TableBinding }[]> {
  const index = indexDataset(dataset);
  const live = await readLiveSchema(target.driver, index);
  const out: { name: string; binding: TableBinding }[] = [];
  for (const name of childrenFirst(index)) {
    const indexed = index.get(name);
    const columns = live.get(name);
    if (indexed === undefined || columns === undefined) throw new ConnectorError('connector.schema-mismatch', name);
    const binding = bindTable(indexed, columns, declaration, now, target.driver.dialect.name, redactionText);
    if (binding !== undefined) out.push({ name, binding });
  }
  return out;
}

/**
 * What retention is due in one dataset at `now`: per table, the rule and its citation, the cutoff, and the
 * expired rows counted by what happens to them. Reads counts only (one query per table); changes nothing.
 */
export async function planRetention(
  target: RetentionTarget,
  dataset: Dataset,
  declaration: RetentionRules,
  now: Date,
  holds: readonly LegalHold[] = [],
  redactionText = DEFAULT_REDACTION,
): Promise<ConnectorResult<RetentionPlan>> {
  let current: string | undefined;
  try {
    const tables: RetentionTablePlan[] = [];
    for (const { name, binding } of await bindDataset(target, dataset, declaration, now, redactionText)) {
      current = name;
      if (binding.kind === 'skipped') {
        const { rule } = binding;
        tables.push({
          table: name,
          rule: rule.id,
          citation: rule.citation,
          action: rule.action,
          skipped: binding.why,
          duration: rule.duration,
          from: undefined,
          cutoff: undefined,
          counts: NOTHING,
          triggerIndexed: undefined,
        });
        continue;
      }
      const bound = binding.table;
      tables.push({
        table: name,
        rule: bound.rule.id,
        citation: bound.rule.citation,
        action: bound.rule.action,
        skipped: undefined,
        duration: bound.rule.duration,
        from: bound.binding.from,
        cutoff: bound.cutoff.toISOString(),
        counts: await countExpired(target, bound, holds),
        triggerIndexed: await triggerIndexed(target.driver, name, bound.binding.from),
      });
    }
    return { ok: true, value: { dataset: dataset.id, at: now.toISOString(), tables } };
  } catch (error) {
    return toFailure(error, 'connector.query-failed', current);
  }
}

/** One pass over the expired rows (by the trigger column) counting each fate: excepted, held, referenced, due. */
export async function countExpired(
  target: RetentionTarget,
  table: BoundTable,
  holds: readonly LegalHold[],
): Promise<RetentionCounts> {
  const { dialect } = target.driver;
  const when = new SweepConditions(dialect, table, holds);
  const st = new Statement(dialect);
  // Only a destroy deletes rows, so only a destroy is held back by references; only an anonymization can
  // find rows it already did (they stay expired).
  const referenced = table.rule.action === 'destroy' ? when.referenced(table.indexed) : '(1 = 0)';
  const done = (s: Statement) =>
    table.rule.action === 'anonymize' ? `not ${when.notYet(s, table.anonymized, table.sweptValue)}` : '(1 = 0)';
  const sum = (predicate: string) => `coalesce(sum(case when ${predicate} then 1 else 0 end), 0)`;
  const exceptions = sum(when.excepted(st));
  const held = sum(`not ${when.excepted(st)} and ${when.held(st)}`);
  const kept = sum(`not ${when.excepted(st)} and not ${when.held(st)} and ${referenced}`);
  const anonymized = sum(`not ${when.excepted(st)} and not ${when.held(st)} and ${done(st)}`);
  const from = `${quoteTable(dialect, table.name)} ${ALIAS}`;
  const [row] = await target.driver.query(
    `select count(*) as expired, ${exceptions} as exceptions, ${held} as holds, ${kept} as referenced,
            ${anonymized} as anonymized
       from ${from} where ${when.expired(st)}`,
    st.values,
  );
  const n = (value: unknown) => Number(value ?? 0);
  const counts = {
    expired: n(row?.expired),
    exceptions: n(row?.exceptions),
    holds: n(row?.holds),
    referenced: n(row?.referenced),
    anonymized: n(row?.anonymized),
  };
  return {
    ...counts,
    due: counts.expired - counts.exceptions - counts.holds - counts.referenced - counts.anonymized,
  };
}
