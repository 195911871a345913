import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatInputIssue } from './issues.js';
import { type DeclarationSource, loadDeclaration } from './load.js';

const BASE = readFileSync(join(import.meta.dirname, '../../test/rules/bases/qc-private.yaml'), 'utf8');

function issuesOf(sources: DeclarationSource[]): string[] {
  const result = loadDeclaration(sources);
  if (result.ok) throw new Error('expected the declaration to be rejected');
  return result.issues.map((issue) => formatInputIssue(issue));
}

/** The base declaration with one line replaced, so positions are predictable. */
function edit(find: string, replace: string): string {
  if (!BASE.includes(find)) throw new Error(`base has no ${find}`);
  return BASE.replace(find, replace);
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('loading a declaration', () => {
  it('accepts the compliant base declaration and resolves its taxonomy', () => {
    const result = loadDeclaration([{ path: 'vigie.yaml', text: BASE }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.declaration.purposes.map((p) => p.id).slice(0, 2)).toEqual(['policy-administration', 'claims']);
    expect(result.value.taxonomy.categories.get('health-claims')?.sensitive).toBe(true);
    expect(result.value.taxonomy.categories.get('health-claims')?.lineage).toEqual(['health-claims', 'health']);
  });

  it('reports malformed YAML with its file, line and column', () => {
    const text = edit('  kind: private-enterprise', '  kind: [private-enterprise');
    const [issue] = issuesOf([{ path: 'org.yaml', text }]);
    expect(issue).toMatch(/^org\.yaml:\d+:\d+: YAML syntax: /);
  });

  it('points at an unknown key and says it is unknown', () => {
    const text = edit(
      '    retention: end-of-contract-7y\n  - id: claims',
      '    retension: end-of-contract-7y\n  - id: claims',
    );
    const issues = issuesOf([{ path: 'vigie.yaml', text }]);
    expect(issues).toContain(
      `vigie.yaml:${lineOf(text, 'retension')}:5: purposes[0].retension: unknown key "retension"`,
    );
  });

  it('says which type was expected and what was found', () => {
    const text = edit('  jurisdictions: [QC]', '  jurisdictions: QC');
    expect(issuesOf([{ path: 'vigie.yaml', text }])).toContain(
      `vigie.yaml:${lineOf(text, 'jurisdictions')}:3: organisation.jurisdictions: expected a list (lines starting with "- "), got the text "QC"`,
    );
  });

  it('lists the allowed values of an enumeration', () => {
    const text = edit('    action: destroy', '    action: shred');
    const [issue] = issuesOf([{ path: 'vigie.yaml', text }]);
    expect(issue).toBe(
      `vigie.yaml:${lineOf(text, 'action: shred')}:5: retention[0].action: expected one of "destroy", "anonymize", "review"; got the text "shred"`,
    );
  });

  it('reports a missing required field at its parent', () => {
    const text = edit('  legalName: Assurances Exemple inc.\n', '');
    const [issue] = issuesOf([{ path: 'vigie.yaml', text }]);
    expect(issue).toBe(
      `vigie.yaml:${lineOf(text, 'organisation:')}:1: organisation.legalName: is missing: expected a text`,
    );
  });

  it('rejects a malformed duration and a malformed date', () => {
    const text = edit('    duration: P7Y', '    duration: 7 years').replace(
      'effectiveDate: 2025-01-15',
      'effectiveDate: 15/01/2025',
    );
    const issues = issuesOf([{ path: 'vigie.yaml', text }]);
    expect(issues).toContain(
      `vigie.yaml:${lineOf(text, 'duration: 7 years')}:5: retention[0].duration: expected an ISO 8601 duration such as P10Y, P36M or P30D`,
    );
    expect(issues).toContain(
      `vigie.yaml:${lineOf(text, 'effectiveDate')}:3: policy.effectiveDate: expected a date written YYYY-MM-DD`,
    );
  });

  it('rejects a reference to an unknown data category and suggests the closest one', () => {
    const text = edit(
      'dataCategories: [name, health-claims, banking]',
      'dataCategories: [name, health-claim, banking]',
    );
    expect(issuesOf([{ path: 'vigie.yaml', text }])).toContain(
      `vigie.yaml:${lineOf(text, 'health-claim,')}:28: purposes[1].dataCategories[1]: unknown data category "health-claim" (did you mean "health-claims"?)`,
    );
  });

  it('rejects duplicate ids', () => {
    const text = edit('  - id: claims', '  - id: policy-administration');
    expect(issuesOf([{ path: 'vigie.yaml', text }]).join('\n')).toContain(
      'purposes[1].id: duplicate id "policy-administration" (also purposes[0])',
    );
  });

  it('rejects an ancestry cycle among organisation categories', () => {
    const text = `${BASE}dataCategories:
  - { id: a-cat, label: { fr: A, en: A }, parent: b-cat }
  - { id: b-cat, label: { fr: B, en: B }, parent: a-cat }
`;
    expect(issuesOf([{ path: 'vigie.yaml', text }]).join('\n')).toContain('is its own ancestor');
  });

  it('rejects a file that is not a mapping of sections', () => {
    expect(issuesOf([{ path: 'list.yaml', text: '- a\n- b\n' }])).toEqual([
      'list.yaml:1:1: expected the file to be a mapping of sections (organisation:, purposes:, …)',
    ]);
  });

  it('reports a file with several YAML documents as a syntax error, not a crash', () => {
    const [issue] = issuesOf([{ path: 'two.yaml', text: 'vigie: 1\n---\nfoo: 1\n' }]);
    expect(issue).toMatch(/^two\.yaml:\d+:\d+: YAML syntax: /);
  });

  it('reports sections missing from every file at the start of the first file', () => {
    expect(issuesOf([{ path: 'empty.yaml', text: '# nothing yet\n' }])).toEqual([
      'empty.yaml:1:1: vigie: is missing: expected 1',
      'empty.yaml:1:1: organisation: is missing: expected a mapping (key: value lines)',
      'empty.yaml:1:1: purposes: is missing: expected a list (lines starting with "- ")',
      'empty.yaml:1:1: policy: is missing: expected a mapping (key: value lines)',
    ]);
  });

  it('rejects an empty list of files', () => {
    expect(issuesOf([])).toEqual(['no declaration file found (expected .yaml or .yml files)']);
  });
});

describe('positions', () => {
  it('are the same whether recorded during the parse or computed on demand', () => {
    const paths = [
      ['purposes', 1, 'retention'],
      ['organisation', 'personInCharge', 'email'],
      ['retention', 0],
      ['rights'],
    ];
    const lazy = loadDeclaration([{ path: 'vigie.yaml', text: BASE }]);
    const eager = loadDeclaration([{ path: 'vigie.yaml', text: BASE }], { recordPositions: true });
    if (!lazy.ok || !eager.ok) throw new Error('base should load');
    for (const path of paths) {
      expect(eager.value.sourceMap.locate(path), path.join('.')).toEqual(lazy.value.sourceMap.locate(path));
    }
    expect(lazy.value.sourceMap.locate(['purposes', 1, 'retention'])).toEqual({
      file: 'vigie.yaml',
      line: lineOf(BASE.slice(BASE.indexOf('  - id: claims')), 'retention:') + lineOf(BASE, '  - id: claims') - 1,
      column: 5,
    });
  });
});

describe('a declaration split across files', () => {
  const [head = '', tail = ''] = BASE.split('purposes:\n');
  const [purposes = '', rest = ''] = tail.split('systems:\n');
  const files = (p1: string, p2: string): DeclarationSource[] => [
    { path: 'a-organisation.yaml', text: `${head}systems:\n${rest}` },
    { path: 'b-purposes.yaml', text: `purposes:\n${p1}` },
    { path: 'c-more-purposes.yaml', text: `purposes:\n${p2}` },
  ];
  const [first = '', second = ''] = purposes.split('  - id: claims');

  it('concatenates list sections in file order', () => {
    const result = loadDeclaration(files(first, `  - id: claims${second}`));
    expect(result.ok && result.value.declaration.purposes.map((p) => p.id)).toEqual([
      'policy-administration',
      'claims',
      'fraud-detection',
      'newsletter',
    ]);
  });

  it('points an error in the second file at that file and line', () => {
    const p2 = `  - id: claims${second}`.replace('retention: end-of-contract-7y', 'retention: unknown-rule');
    const issues = issuesOf(files(first, p2));
    expect(issues).toEqual([
      `c-more-purposes.yaml:${lineOf(`purposes:\n${p2}`, 'unknown-rule')}:5: purposes[1].retention: unknown retention rule "unknown-rule"`,
    ]);
  });

  it('refuses an object section defined in two files', () => {
    const sources = files(first, `  - id: claims${second}`);
    sources.push({ path: 'd-policy.yaml', text: 'policy:\n  version: "2"\n  effectiveDate: 2026-01-01\n' });
    expect(issuesOf(sources)).toEqual([
      expect.stringMatching(
        /^a-organisation\.yaml:\d+:1: policy: "policy" is defined in both a-organisation\.yaml and d-policy\.yaml; keep it in one file$/,
      ),
    ]);
  });
});
