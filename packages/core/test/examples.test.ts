import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CheckReport,
  checkDeclaration,
  type Declaration,
  type DeclarationSource,
  formatPath,
  type LoadedDeclaration,
  loadBuiltinRulePacks,
  loadDeclaration,
} from '../src/index.js';

const EXAMPLES = join(import.meta.dirname, '../../../examples');
const packs = loadBuiltinRulePacks();
const ruleIds = new Set(packs.flatMap((p) => p.rules.map((r) => r.id)));

/** An example is a folder: its .yaml files, read in name order, make one declaration. */
function readExample(name: string): DeclarationSource[] {
  const dir = join(EXAMPLES, name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => ({ path: `examples/${name}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

function load(name: string): LoadedDeclaration {
  const result = loadDeclaration(readExample(name));
  if (!result.ok) {
    const lines = result.issues.map((i) => {
      const where = i.position ? `${i.position.file}:${i.position.line}:${i.position.column} ` : '';
      return `${where}${formatPath(i.path)}: ${i.message}`;
    });
    expect.fail(`examples/${name} does not load:\n${lines.join('\n')}`);
  }
  return result.value;
}

function describeFindings(report: CheckReport): string {
  return report.findings
    .map(
      (f) => `${f.severity} ${f.rule} ${f.position?.file}:${f.position?.line} ${formatPath(f.path)}: ${f.message.en}`,
    )
    .join('\n');
}

/** A gap the seed notice really has, the rule that must catch it, and where in the declaration. */
interface Gap {
  readonly rule: string;
  readonly at: string;
  readonly gap: string;
}

/** `purposes[3]` for the purpose (or retention rule…) with that id, so that expectations survive reordering. */
function entry(list: readonly { id: string }[], section: string, id: string): string {
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) throw new Error(`no ${section} "${id}" in the example`);
  return `${section}[${index}]`;
}
const purpose = (d: Declaration, id: string) => entry(d.purposes, 'purposes', id);
const retention = (d: Declaration, id: string) => entry(d.retention, 'retention', id);
const recipient = (d: Declaration, id: string) => entry(d.recipients, 'recipients', id);

/**
 * The gaps each example keeps from its seed notice (marked `# GAP:` in its YAML). Gaps no rule catches yet
 * are listed in examples/README.md instead: the clinics' one-level complaint form and their silence on the CAI.
 */
const GAPS: Record<string, (d: Declaration) => Gap[]> = {
  'student-plan-qc': (d) => [
    {
      rule: 'QC-PRIV-005',
      at: `${recipient(d, 'google-analytics')}.location`,
      gap: 'information sent outside Quebec with no impact assessment',
    },
    {
      rule: 'QC-PRIV-005',
      at: `${recipient(d, 'it-providers')}.location`,
      gap: 'hosting "outside Quebec or Canada" with no impact assessment',
    },
    { rule: 'QC-PRIV-013', at: 'rights.available', gap: 'portability not mentioned' },
    { rule: 'QC-PRIV-022', at: retention(d, 'as-long-as-necessary'), gap: 'kept "as long as necessary", no period' },
    { rule: 'QC-PRIV-016', at: 'organisation.governancePolicy', gap: 'governance policy neither published nor dated' },
    {
      rule: 'CA-PIPEDA-003',
      at: `${purpose(d, 'claims')}.legalBasis.pipeda.consent`,
      gap: 'health claims processed on implied consent',
    },
  ],
  'medical-clinics-qc': (d) => [
    {
      rule: 'QC-HLT-001',
      at: `${retention(d, 'medical-record')}.duration`,
      gap: 'medical record kept 5 years after the last entry instead of 10',
    },
    { rule: 'QC-PRIV-002', at: purpose(d, 'recruitment'), gap: 'recruitment data with no retention' },
    {
      rule: 'QC-PRIV-004',
      at: `${purpose(d, 'staff-training')}.legalBasis.quebec.consent`,
      gap: 'staff training on health data with implicit consent',
    },
    {
      rule: 'QC-HLT-004',
      at: `${purpose(d, 'statistics')}.legalBasis.quebec.consent`,
      gap: 'statistics on health data with implicit consent',
    },
    { rule: 'QC-PRIV-009', at: purpose(d, 'medical-care'), gap: 'nothing said about the consent of minors' },
    { rule: 'QC-PRIV-012', at: 'rights.available', gap: 'withdrawal of consent not mentioned' },
    { rule: 'QC-PRIV-013', at: 'rights.available', gap: 'portability not mentioned' },
    { rule: 'QC-PRIV-014', at: 'rights', gap: 'no response deadline' },
    { rule: 'QC-PRIV-016', at: 'organisation', gap: 'no governance policy' },
  ],
  'health-partner-network-fr': (d) => [
    {
      rule: 'EU-GDPR-003',
      at: `${purpose(d, 'activity-news')}.legalBasis`,
      gap: 'news about the activity with no legal basis',
    },
    {
      rule: 'EU-GDPR-003',
      at: `${purpose(d, 'beneficiary-information')}.legalBasis`,
      gap: 'information to beneficiaries with no legal basis',
    },
    { rule: 'EU-GDPR-006', at: purpose(d, 'statistics-and-research'), gap: 'statistics and R&D with no retention' },
    { rule: 'EU-GDPR-016', at: 'purposes', gap: 'the records of processing lack an erasure time limit' },
    { rule: 'EU-GDPR-009', at: purpose(d, 'fraud-watch-list'), gap: 'fraud watch list with no impact assessment' },
    { rule: 'EU-GDPR-012', at: 'rights', gap: 'no response deadline' },
  ],
};

const names = readdirSync(EXAMPLES).filter((f) => statSync(join(EXAMPLES, f)).isDirectory());

describe('the example declarations', () => {
  it('are the four the README describes', () => {
    expect([...names].sort()).toEqual(['demo', 'health-partner-network-fr', 'medical-clinics-qc', 'student-plan-qc']);
  });

  it.each(names)('%s loads without an input error', (name) => {
    expect(load(name).declaration.purposes.length).toBeGreaterThan(0);
  });
});

describe('the demo clinic', () => {
  it('is checked against the Quebec private-sector and health rules', () => {
    const report = checkDeclaration(load('demo'), packs);
    expect(report.regimes).toEqual(expect.arrayContaining(['qc-private', 'qc-health']));
    expect(report.rulesRun).toBeGreaterThan(0);
  });

  it('breaks no rule whose severity is error', () => {
    const report = checkDeclaration(load('demo'), packs);
    expect(report.counts.error, describeFindings(report)).toBe(0);
  });
});

describe.each(Object.keys(GAPS))('the %s example', (name) => {
  const loaded = load(name);
  const report = checkDeclaration(loaded, packs);
  const gaps = GAPS[name]?.(loaded.declaration) ?? [];

  it.each(gaps.map((g) => [g.gap, g] as const))('is caught for its gap: %s', (_, gap) => {
    expect(ruleIds.has(gap.rule), `rule ${gap.rule} is in no rule pack`).toBe(true);
    const hits = report.findings.filter((f) => f.rule === gap.rule).map((f) => formatPath(f.path));
    expect(hits, `${gap.rule} should fire at ${gap.at}; findings:\n${describeFindings(report)}`).toContain(gap.at);
  });
});
