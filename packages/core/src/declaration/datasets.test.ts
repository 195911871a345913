import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatInputIssue } from './issues.js';
import { loadDeclaration } from './load.js';

const BASE = readFileSync(join(import.meta.dirname, '../../test/rules/bases/qc-private.yaml'), 'utf8');

/** A dataset file added to the base declaration, as an organisation would keep it beside the rest. */
const DATASETS = `datasets:
  - id: member-db
    system: crm
    engine: postgres
    tables:
      - name: public.members
        key: [id]
        person: true
        erase: delete-row
        columns:
          - { name: email, identity: email, category: email }
          - { name: health_card, identity: health-insurance-number, category: health-insurance-number, erase: redact }
          - { name: badge, identity: "custom:badge-number", category: identity }
          - { name: first_name, category: identity, erase: set-null }
      - name: claims
        key: [id]
        references: [{ columns: [member_id], table: public.members, to: [id] }]
        erase: keep
        retention: end-of-contract-7y
        columns: [{ name: diagnosis, category: health-claims, erase: pseudonym }]
`;

function load(datasets: string) {
  return loadDeclaration([
    { path: 'vigie.yaml', text: BASE },
    { path: 'datasets.yaml', text: datasets },
  ]);
}

function issuesOf(datasets: string): string[] {
  const result = load(datasets);
  if (result.ok) throw new Error('expected the declaration to be rejected');
  return result.issues.map((issue) => formatInputIssue(issue));
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('dataset annotations', () => {
  it('load with their defaults', () => {
    const result = load(DATASETS);
    if (!result.ok) throw new Error(result.issues.map((i) => formatInputIssue(i)).join('\n'));
    const [dataset] = result.value.declaration.datasets;
    expect(dataset?.engine).toBe('postgres');
    expect(dataset?.tables.map((t) => [t.name, t.person, t.references.length])).toEqual([
      ['public.members', true, 0],
      ['claims', false, 1],
    ]);
    expect(dataset?.tables[0]?.columns[2]?.identity).toBe('custom:badge-number');
  });

  it('are optional', () => {
    const result = loadDeclaration([{ path: 'vigie.yaml', text: BASE }]);
    expect(result.ok && result.value.declaration.datasets).toEqual([]);
  });

  it('refuse unknown systems, retention rules and categories with file:line:column', () => {
    const text = DATASETS.replace('system: crm', 'system: crn')
      .replace('retention: end-of-contract-7y', 'retention: forever')
      .replace('category: health-claims', 'category: helth-claims');
    const issues = issuesOf(text);
    expect(issues).toContain(
      `datasets.yaml:${lineOf(text, 'system: crn')}:5: datasets[0].system: unknown system "crn" (did you mean "crm"?)`,
    );
    expect(issues).toContain(
      `datasets.yaml:${lineOf(text, 'forever')}:9: datasets[0].tables[1].retention: unknown retention rule "forever"`,
    );
    expect(issues).toContain(
      `datasets.yaml:${lineOf(text, 'helth')}:38: datasets[0].tables[1].columns[0].category: unknown data category "helth-claims" (did you mean "health-claims"?)`,
    );
  });

  it('refuse an identity kind, engine or column name they do not know', () => {
    const text = DATASETS.replace('identity: email', 'identity: e-mail')
      .replace('engine: postgres', 'engine: oracle')
      .replace('name: first_name', 'name: "first name; drop table x"');
    const issues = issuesOf(text);
    expect(issues.some((i) => i.includes('tables[0].columns[0].identity: expected an identity kind'))).toBe(true);
    expect(issues.some((i) => i.includes('datasets[0].engine: expected one of "postgres", "mysql", "sqlite"'))).toBe(
      true,
    );
    expect(issues.some((i) => i.includes('tables[0].columns[3].name: expected a column name'))).toBe(true);
  });

  it('refuse references to tables they do not annotate, arity mismatches and duplicates', () => {
    const text = DATASETS.replace('table: public.members, to: [id]', 'table: members, to: [id, other]').replace(
      'name: claims',
      'name: public.members',
    );
    const issues = issuesOf(text);
    expect(issues.some((i) => i.includes('tables[1].name: duplicate table "public.members"'))).toBe(true);
    expect(issues.some((i) => i.includes('references[0].table: unknown table "members"'))).toBe(true);
    expect(issues.some((i) => i.includes('references[0].to: 1 column(s) cannot reference 2 column(s)'))).toBe(true);
  });

  it('need a person table with an identity, and identities only in person tables', () => {
    const text = DATASETS.replace('person: true', 'person: false');
    const issues = issuesOf(text);
    expect(issues.some((i) => i.includes('datasets[0].tables: no table has `person: true`'))).toBe(true);
    expect(issues.some((i) => i.includes('columns[0].identity: identities resolve only in a table'))).toBe(true);
  });

  it('bind a retention rule to the column that starts its clock, with exceptions and a hold column', () => {
    const bound = DATASETS.replace(
      'retention: end-of-contract-7y\n        columns: [{ name: diagnosis, category: health-claims, erase: pseudonym }]',
      `retention:
          rule: end-of-contract-7y
          from: closed_on
          except: [{ column: report_type, values: [pathology, operative] }]
          holdColumn: on_hold
        columns:
          - { name: diagnosis, category: health-claims, erase: pseudonym }
          - { name: closed_on, category: health-claims }
          - { name: report_type, category: health-claims }
          - { name: on_hold, category: health-claims }`,
    );
    const result = load(bound);
    if (!result.ok) throw new Error(result.issues.map((i) => formatInputIssue(i)).join('\n'));
    expect(result.value.declaration.datasets[0]?.tables[1]?.retention).toEqual({
      rule: 'end-of-contract-7y',
      from: 'closed_on',
      except: [{ column: 'report_type', values: ['pathology', 'operative'] }],
      holdColumn: 'on_hold',
    });
    const broken = bound
      .replace('rule: end-of-contract-7y', 'rule: forever')
      .replace('from: closed_on', 'from: closed')
      .replace('column: report_type', 'column: kind');
    const issues = issuesOf(broken);
    expect(issues).toContain(
      `datasets.yaml:${lineOf(broken, 'rule: forever')}:11: datasets[0].tables[1].retention.rule: unknown retention rule "forever"`,
    );
    expect(issues).toContain(
      `datasets.yaml:${lineOf(broken, 'from: closed')}:11: datasets[0].tables[1].retention.from: unknown column "closed" (a retention binding reads only columns annotated in table "claims")`,
    );
    expect(issues.some((i) => i.includes('retention.except[0].column: unknown column "kind"'))).toBe(true);
    const noClock = issuesOf(bound.replace('          from: closed_on\n', ''));
    expect(noClock.some((i) => i.endsWith('datasets[0].tables[1].retention.from: is missing: expected a text'))).toBe(
      true,
    );
  });

  it('declare systems Vigie cannot query: a webhook, and a manual one with its instructions, without tables', () => {
    const external = `${DATASETS}  - id: pharmacy
    system: crm
    engine: webhook
  - id: paper-files
    system: crm
    engine: manual
    instructions:
      fr: Dossiers papier au 2e étage ; la responsable des archives les traite.
      en: Paper files on the 2nd floor; the records manager handles them.
`;
    const result = load(external);
    if (!result.ok) throw new Error(result.issues.map((i) => formatInputIssue(i)).join('\n'));
    const [, webhook, manual] = result.value.declaration.datasets;
    expect(webhook).toEqual({ id: 'pharmacy', system: 'crm', engine: 'webhook', tables: [] });
    expect(manual?.instructions?.en).toContain('records manager');
    const noInstructions = issuesOf(external.replace(/ {4}instructions:\n.*\n.*\n/, ''));
    expect(noInstructions.some((i) => i.includes('datasets[2].instructions: expected instructions in fr and en'))).toBe(
      true,
    );
    const sqlWithout = issuesOf(external.replace('engine: webhook', 'engine: sqlite'));
    expect(sqlWithout.some((i) => i.includes('datasets[1].tables: expected at least one annotated table'))).toBe(true);
  });

  it('say what was expected in French too', () => {
    const result = load(DATASETS.replace('identity: email', 'identity: e-mail'));
    expect(!result.ok && result.issues[0]?.message.fr).toMatch(/attendu un type d'identité/);
  });
});
