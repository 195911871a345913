import type { ConnectorErrorCode, ExportedTable, Rectification, TableErasure } from '@vigie/connectors';
import type { Declaration } from '@vigie/core';
import type { DatasetConnections } from './dataset-connections.js';
import type { StoredPlan, SystemPlan } from './fulfilment-plan.js';

/** What one system did, stored encrypted (it holds exported values and before/after of rectifications). */
export type SystemResult =
  | {
      readonly ok: true;
      readonly dataset: string;
      readonly system: string;
      readonly exported?: readonly ExportedTable[];
      readonly erased?: readonly TableErasure[];
      readonly rectified?: readonly Rectification[];
    }
  | {
      readonly ok: false;
      readonly dataset: string;
      readonly system: string;
      readonly code: ConnectorErrorCode | ExternalFailureCode;
      readonly table?: string;
    };

/** Why a system Vigie cannot query failed: it said so, or it did not answer by the task's deadline. */
type ExternalFailureCode = 'external.failed' | 'external.expired';

/**
 * Carries out the approved plan in one system. Every connector call is safe to repeat (export reads; erase changes
 * nothing the second time; rectify writes the same values), which is what lets a crashed job run it again.
 */
export async function runSystem(
  deps: { readonly connections: DatasetConnections; readonly declaration: Declaration },
  plan: StoredPlan,
  system: SystemPlan,
): Promise<SystemResult> {
  const where = { dataset: system.dataset, system: system.system };
  if (!system.ok) return { ok: false, ...where, code: system.code, ...(system.table ? { table: system.table } : {}) };
  // Webhook and manual systems answer through their task (external-tasks.ts), never here.
  if (system.external !== undefined) return { ok: false, ...where, code: 'connector.not-annotated' };
  const dataset = deps.declaration.datasets.find((d) => d.id === system.dataset);
  let opened: ReturnType<DatasetConnections> = { ok: false };
  try {
    if (dataset !== undefined) opened = deps.connections(dataset);
  } catch {
    opened = { ok: false };
  }
  if (!opened.ok) return { ok: false, ...where, code: 'connector.unreachable' };
  const { connector } = opened;
  const failed = (f: { code: ConnectorErrorCode; table?: string }): SystemResult => ({
    ok: false,
    ...where,
    code: f.code,
    ...(f.table ? { table: f.table } : {}),
  });
  try {
    switch (plan.kind) {
      case 'access':
      case 'portability': {
        const exported = await connector.exportRows(system.footprint);
        return exported.ok ? { ok: true, ...where, exported: exported.value } : failed(exported);
      }
      case 'erasure': {
        const erased = await connector.erase(system.plan);
        return erased.ok ? { ok: true, ...where, erased: erased.value } : failed(erased);
      }
      case 'rectification': {
        const rectified: Rectification[] = [];
        for (const ask of plan.rectifications.filter((r) => r.dataset === system.dataset)) {
          const done = await connector.rectify({ table: ask.table, key: ask.key }, ask.changes);
          if (!done.ok) return failed(done);
          rectified.push(done.value);
        }
        return { ok: true, ...where, rectified };
      }
    }
  } finally {
    await connector.close().catch(() => undefined);
  }
}
