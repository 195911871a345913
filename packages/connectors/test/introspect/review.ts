import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Dataset, formatInputIssue, loadDeclaration } from '@vigie/core';

/**
 * What a reviewer does to a draft, as text edits: the draft is YAML a person edits, so the tests edit it
 * the same way. `inTable` changes only the block of one table (from its `- name:` line to the next table).
 */
export function inTable(yaml: string, table: string, edit: (block: string) => string): string {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`      - name: ${table}`);
  if (start === -1) throw new Error(`the draft has no table ${table}`);
  let end = start + 1;
  while (end < lines.length && !/^( {6}[-#]|#|\S)/.test(lines[end] ?? '')) end++;
  const block = lines.slice(start, end).join('\n');
  const edited = edit(block);
  if (edited === block) throw new Error(`the review of ${table} changed nothing`);
  return [...lines.slice(0, start), edited, ...lines.slice(end)].join('\n');
}

/** Replaces text that must be there (a review that silently does nothing would prove nothing). */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`nothing to replace: ${String(from)}`);
  return out;
}

/** Drops the lines of a reference toward `table` (its REVIEW comment and the reference itself). */
export function dropReference(block: string, table: string): string {
  const lines = block.split('\n');
  const at = lines.findIndex((l) => l.includes(`table: ${table},`));
  if (at === -1) throw new Error(`no reference to ${table}`);
  lines.splice(at - 1, 2);
  return lines.join('\n');
}

// A small Quebec enterprise's declaration (from core's rule fixtures), to which the system and the dataset are added.
const BASE = readFileSync(join(import.meta.dirname, '../../../core/test/rules/bases/qc-private.yaml'), 'utf8');

/** Loads the reviewed draft inside a whole declaration, as `vigie check` would: it must validate. */
export function loadReviewed(datasets: string, system: string): Dataset {
  const result = loadDeclaration([
    { path: 'vigie.yaml', text: BASE },
    {
      path: 'systems.yaml',
      text: `systems:\n  - { id: ${system}, name: ${system}, location: { country: CA, region: QC } }\n`,
    },
    { path: 'datasets.yaml', text: datasets },
  ]);
  if (!result.ok) throw new Error(result.issues.map((i) => formatInputIssue(i)).join('\n'));
  const [dataset] = result.value.declaration.datasets;
  if (dataset === undefined) throw new Error('no dataset loaded');
  return dataset;
}
