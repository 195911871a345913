import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse, stringify } from 'yaml';
import { type DeclarationSource, formatPath, type LoadedDeclaration, loadDeclaration } from '../../src/index.js';

const BASES = join(import.meta.dirname, '../rules/bases');
const EXAMPLES = join(import.meta.dirname, '../../../../examples');

/** The example declarations the brief names: a single vigie.yaml, or a folder of .yaml files. */
export const EXAMPLE_NAMES = ['demo', 'student-plan-qc', 'medical-clinics-qc', 'health-partner-network-fr'] as const;

/** Loads declaration files, failing the test with every issue when they do not load. */
export function load(sources: readonly DeclarationSource[]): LoadedDeclaration {
  const result = loadDeclaration(sources);
  if (!result.ok) {
    expect.fail(result.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n'));
  }
  return result.value;
}

/** A rule-pack base declaration (test/rules/bases), parsed so a test can edit it before loading. */
export function baseDocument(name: string): Record<string, unknown> {
  return parse(readFileSync(join(BASES, `${name}.yaml`), 'utf8')) as Record<string, unknown>;
}

/** Loads a declaration given as a parsed document. */
export function loadDocument(document: unknown): LoadedDeclaration {
  return load([{ path: 'test.yaml', text: stringify(document) }]);
}

/** An example's files in name order, as the CLI reads a folder. */
export function loadExample(name: string): LoadedDeclaration {
  const dir = join(EXAMPLES, name);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  return load(files.map((f) => ({ path: `examples/${name}/${f}`, text: readFileSync(join(dir, f), 'utf8') })));
}
