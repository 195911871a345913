import type { DestructionRecord, RetentionPlan } from '@vigie/connectors';
import type { Lang } from '@vigie/core';

const WORDS = {
  en: {
    plan: (dataset: string, at: string) => `Retention due in dataset ${dataset} at ${at}`,
    run: (dataset: string) => `Retention carried out in dataset ${dataset}`,
    headers: ['table', 'rule', 'action', 'cutoff', 'expired', 'excepted', 'held', 'referenced', 'due'],
    runHeaders: ['table', 'rule', 'action', 'destroyed', 'anonymized', 'masked', 'review', 'batches', 'longest lock'],
    action: { destroy: 'destroy', anonymize: 'anonymize', review: 'review' },
    citation: 'citation',
    noIndex: (column: string) => `no index starts with ${column}: each batch's SELECT scans the table`,
    skipped: {
      'no-trigger': 'not swept: the annotation names no column that starts the clock (retention: { rule, from })',
      'no-period': 'not swept: the rule has no fixed period (criteria only)',
    },
    spared: (e: number, h: number, r: number) => `spared: ${e} excepted, ${h} held, ${r} still referenced`,
    nothing: 'No annotated table has a retention rule.',
  },
  fr: {
    plan: (dataset: string, at: string) => `Conservation échue dans le jeu de données ${dataset} au ${at}`,
    run: (dataset: string) => `Conservation appliquée dans le jeu de données ${dataset}`,
    headers: ['table', 'règle', 'action', 'date limite', 'échues', 'exceptées', 'retenues', 'référencées', 'à traiter'],
    runHeaders: ['table', 'règle', 'action', 'détruites', 'anonymisées', 'masquées', 'à revoir', 'lots', 'verrou max'],
    action: { destroy: 'détruire', anonymize: 'anonymiser', review: 'revoir' },
    citation: 'référence',
    noIndex: (column: string) => `aucun index ne commence par ${column} : le SELECT de chaque lot parcourt la table`,
    skipped: {
      'no-trigger':
        'non traitée : l’annotation ne nomme pas la colonne qui fait courir le délai (retention: { rule, from })',
      'no-period': 'non traitée : la règle n’a pas de durée fixe (critères seulement)',
    },
    spared: (e: number, h: number, r: number) => `épargnées : ${e} exceptées, ${h} retenues, ${r} encore référencées`,
    nothing: 'Aucune table annotée n’a de règle de conservation.',
  },
} as const;

/** Columns padded to their widest cell, so the table reads in a terminal. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatRetentionPlan(plan: RetentionPlan, lang: Lang): string {
  const w = WORDS[lang];
  if (plan.tables.length === 0) return `${w.nothing}\n`;
  const rows: string[][] = [[...w.headers]];
  const notes: string[] = [];
  for (const t of plan.tables) {
    const c = t.counts;
    rows.push([
      t.table,
      t.rule,
      w.action[t.action],
      t.cutoff?.slice(0, 10) ?? '-',
      ...[c.expired, c.exceptions, c.holds, c.referenced, c.due].map(String),
    ]);
    if (t.skipped !== undefined) notes.push(`${t.table}: ${w.skipped[t.skipped]}`);
    if (t.triggerIndexed === false && t.from !== undefined) notes.push(`${t.table}: ${w.noIndex(t.from)}`);
    if (t.citation !== undefined) notes.push(`${t.table}: ${w.citation} ${t.citation}`);
  }
  return `${w.plan(plan.dataset, plan.at)}\n\n${table(rows)}\n${notes.length > 0 ? `\n${notes.join('\n')}\n` : ''}`;
}

export function formatDestructionRecords(dataset: string, records: readonly DestructionRecord[], lang: Lang): string {
  const w = WORDS[lang];
  if (records.length === 0) return `${w.nothing}\n`;
  const rows: string[][] = [[...w.runHeaders]];
  const notes: string[] = [];
  for (const r of records) {
    rows.push([
      r.table,
      r.rule,
      w.action[r.action],
      ...[r.destroyed, r.anonymized, r.masked, r.forReview, r.batches].map(String),
      `${r.longestBatchMs} ms`,
    ]);
    notes.push(`${r.table}: ${w.spared(r.spared.exceptions, r.spared.holds, r.spared.referenced)}`);
    if (r.citation !== undefined) notes.push(`${r.table}: ${w.citation} ${r.citation}`);
  }
  return `${w.run(dataset)}\n\n${table(rows)}\n\n${notes.join('\n')}\n`;
}
