import type {
  CellValue,
  ConnectorErrorCode,
  RequestKind as ConnectorKind,
  Identity,
  KeepReason,
  PersonFootprint,
  Plan,
  RowKey,
} from '@vigie/connectors';
import { type Declaration, type ExternalEngine, isExternalEngine, type Localized } from '@vigie/core';
import type { DatasetConnections } from './dataset-connections.js';
import { FulfilmentError } from './fulfilment.errors.js';
import { matchIdentities } from './identity-match.js';
import type { WebhookTargets } from './webhook-targets.js';

/** A change to one located row, asked for by staff for a rectification request. */
export interface RectificationAsk {
  readonly dataset: string;
  readonly table: string;
  readonly key: RowKey;
  readonly changes: Readonly<Record<string, CellValue>>;
}

/** Rows a plan keeps in one table, and why: the retention rule with the law it cites, a hold, or the annotation. */
export interface KeptRows {
  readonly table: string;
  readonly rows: number;
  readonly reason: KeepReason['kind'];
  readonly rule?: string;
  readonly ruleName?: Localized;
  readonly citation?: string;
}

/**
 * A system Vigie cannot query: the request is asked of it (webhook) or is a task for staff (manual, with where the
 * records are and who handles them). What it holds is known only when it answers.
 */
export interface ExternalSystemPlan {
  readonly ok: true;
  readonly dataset: string;
  readonly system: string;
  readonly external: ExternalEngine;
  readonly instructions?: Localized;
  /** Empty: what such a system keeps is known only from its answer (its step's result). */
  readonly kept: readonly KeptRows[];
}

/** One system's plan, or why it has none; a system that cannot be reached is a failure here, never left out. */
export type SystemPlan =
  | {
      readonly ok: true;
      readonly dataset: string;
      readonly system: string;
      readonly external?: undefined;
      readonly footprint: PersonFootprint;
      readonly plan: Plan;
      readonly kept: readonly KeptRows[];
    }
  | ExternalSystemPlan
  | {
      readonly ok: false;
      readonly dataset: string;
      readonly system: string;
      readonly code: ConnectorErrorCode;
      readonly table?: string;
    };

/** What staff approve: every annotated system's plan, and the rectifications asked for. Stored encrypted. */
export interface StoredPlan {
  readonly kind: ConnectorKind;
  readonly systems: readonly SystemPlan[];
  readonly rectifications: readonly RectificationAsk[];
}

const sameKey = (a: RowKey, b: RowKey) => a.length === b.length && a.every((v, i) => String(v) === String(b[i]));

/** Whether a row belongs to the footprint located for the person (staff can only rectify the person's rows). */
export function isLocated(system: SystemPlan, table: string, key: RowKey): boolean {
  if (!system.ok) return false;
  // A webhook system locates the person itself: the rows staff name are passed on for it to check.
  if (system.external !== undefined) return system.external === 'webhook';
  return system.footprint.tables.some((t) => t.table === table && t.rows.some((r) => sameKey(r.key, key)));
}

function keptRows(plan: Plan, declaration: Declaration): KeptRows[] {
  const kept: KeptRows[] = [];
  for (const table of plan.tables) {
    const byReason = new Map<string, { because: KeepReason; rows: number }>();
    for (const row of table.rows) {
      const because = row.action === 'keep' ? row.because : row.action === 'mask' ? row.because : undefined;
      if (because === undefined) continue;
      const id = JSON.stringify(because);
      const seen = byReason.get(id);
      byReason.set(id, { because, rows: (seen?.rows ?? 0) + 1 });
    }
    for (const { because, rows } of byReason.values()) {
      const rule = because.kind === 'retention' ? declaration.retention.find((r) => r.id === because.rule) : undefined;
      kept.push({
        table: table.table,
        rows,
        reason: because.kind,
        ...(because.kind === 'retention' ? { rule: because.rule } : {}),
        ...(rule === undefined ? {} : { ruleName: rule.name }),
        ...(rule?.citation === undefined ? {} : { citation: rule.citation }),
      });
    }
  }
  return kept;
}

/**
 * Locates the person in every dataset of the declaration by their verified identities and asks each connector what
 * the request would do. Reads only: nothing changes until the plan is approved.
 */
export async function buildPlan(
  deps: {
    readonly declaration: Declaration;
    readonly connections: DatasetConnections;
    readonly webhooks: WebhookTargets;
  },
  kind: ConnectorKind,
  identities: readonly Identity[],
): Promise<SystemPlan[]> {
  const systems: SystemPlan[] = [];
  for (const dataset of deps.declaration.datasets) {
    const where = { dataset: dataset.id, system: dataset.system };
    if (isExternalEngine(dataset.engine)) {
      // A webhook without a usable URL and secret cannot be asked: a failure now, not at run time.
      if (dataset.engine === 'webhook' && deps.webhooks(dataset) === undefined)
        systems.push({ ok: false, ...where, code: 'connector.unreachable' });
      else
        systems.push({
          ok: true,
          ...where,
          external: dataset.engine,
          ...(dataset.instructions === undefined ? {} : { instructions: dataset.instructions }),
          kept: [],
        });
      continue;
    }
    let opened: ReturnType<DatasetConnections>;
    try {
      opened = deps.connections(dataset);
    } catch {
      opened = { ok: false };
    }
    if (!opened.ok) {
      systems.push({ ok: false, ...where, code: 'connector.unreachable' });
      continue;
    }
    const { connector } = opened;
    try {
      const located = await connector.locate(identities);
      if (!located.ok) {
        systems.push({ ok: false, ...where, code: located.code, ...(located.table ? { table: located.table } : {}) });
        continue;
      }
      const matched = await matchIdentities(connector, identities, located.value);
      if (!matched.ok && 'mismatch' in matched) throw new FulfilmentError('fulfilment.identities_disagree');
      if (!matched.ok) {
        systems.push({ ok: false, ...where, code: matched.code, ...(matched.table ? { table: matched.table } : {}) });
        continue;
      }
      const planned = connector.plan(located.value, kind);
      if (!planned.ok) {
        systems.push({ ok: false, ...where, code: planned.code, ...(planned.table ? { table: planned.table } : {}) });
        continue;
      }
      const kept = kind === 'erasure' ? keptRows(planned.value, deps.declaration) : [];
      systems.push({ ok: true, ...where, footprint: located.value, plan: planned.value, kept });
    } finally {
      await connector.close().catch(() => undefined);
    }
  }
  return systems;
}

/** What staff read: per system, how many rows each action touches per table, and what is kept and why. */
export function planView(plan: StoredPlan) {
  return {
    kind: plan.kind,
    rectifications: plan.rectifications.length,
    systems: plan.systems.map((s) =>
      s.ok && s.external !== undefined
        ? {
            dataset: s.dataset,
            system: s.system,
            ok: true as const,
            external: s.external,
            ...(s.instructions === undefined ? {} : { instructions: s.instructions }),
            tables: [],
            kept: [],
          }
        : s.ok
          ? {
              dataset: s.dataset,
              system: s.system,
              ok: true as const,
              tables: s.plan.tables.map((t) => ({
                table: t.table,
                export: t.rows.filter((r) => r.action === 'export').length,
                delete: t.rows.filter((r) => r.action === 'delete').length,
                mask: t.rows.filter((r) => r.action === 'mask').length,
                keep: t.rows.filter((r) => r.action === 'keep').length,
              })),
              kept: s.kept,
            }
          : {
              dataset: s.dataset,
              system: s.system,
              ok: false as const,
              code: s.code,
              ...(s.table === undefined ? {} : { table: s.table }),
            },
    ),
  };
}
