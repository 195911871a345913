import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkDeclaration, formatPath, loadBuiltinRulePacks, loadDeclaration, type Regime } from '../../src/index.js';
import { applyOps, type FixtureOp } from './fixture-ops.js';

/**
 * What the one-fixture-per-rule harness (rules.test.ts) cannot show for the PIPEDA and GDPR + France packs:
 * the edges of each rule, which organisations a pack reaches, and that checking stays fast at scale.
 */

const packs = loadBuiltinRulePacks();
const baseOf = (regime: 'pipeda' | 'gdpr-fr') =>
  parse(readFileSync(join(import.meta.dirname, 'bases', `${regime}.yaml`), 'utf8')) as Record<string, unknown>;

function load(document: unknown) {
  const loaded = loadDeclaration([{ path: 'test.yaml', text: stringify(document) }]);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n'));
  return loaded.value;
}

/** The findings of one rule once the edits are applied to the pack's base declaration. */
function findings(regime: 'pipeda' | 'gdpr-fr', rule: string, ops: FixtureOp[]) {
  const report = checkDeclaration(load(applyOps(baseOf(regime), ops)), packs, { regimes: [regime] });
  return report.findings.filter((f) => f.rule === rule);
}

const CANADIAN_PUBLIC_BODY = {
  id: 'health-ministry',
  name: 'Ministère de la Santé et des Services sociaux',
  role: 'public-authority',
  location: { country: 'CA', region: 'QC' },
  transferSafeguard: 'adequacy-decision',
};

describe('transfers outside the EEA (EU-GDPR-007)', () => {
  it("does not let Canada's adequacy decision cover a Canadian public body", () => {
    const hits = findings('gdpr-fr', 'EU-GDPR-007', [{ append: 'recipients', value: CANADIAN_PUBLIC_BODY }]);
    expect(hits.map((h) => formatPath(h.path))).toEqual(['recipients[5].transferSafeguard']);
    expect(hits[0]?.message.en).toContain('(CA)');
  });

  it('accepts standard contractual clauses for that same Canadian public body', () => {
    const body = { ...CANADIAN_PUBLIC_BODY, transferSafeguard: 'standard-contractual-clauses' };
    expect(findings('gdpr-fr', 'EU-GDPR-007', [{ append: 'recipients', value: body }])).toEqual([]);
  });

  it('points at the other location that leaves the EEA when no safeguard is declared', () => {
    const hits = findings('gdpr-fr', 'EU-GDPR-007', [
      { set: 'recipients[0].otherLocations', value: [{ country: 'DE' }, { country: 'IN' }] },
    ]);
    expect(hits.map((h) => formatPath(h.path))).toEqual(['recipients[0].otherLocations[1]']);
    expect(hits[0]?.message.fr).toContain('(IN)');
  });

  it('treats the French overseas regions as inside the EEA', () => {
    expect(findings('gdpr-fr', 'EU-GDPR-007', [{ set: 'recipients[0].location', value: { country: 'RE' } }])).toEqual(
      [],
    );
  });
});

describe('response deadlines', () => {
  it('finds a one-month commitment longer than the 30 days PIPEDA allows', () => {
    const hits = findings('pipeda', 'CA-PIPEDA-007', [{ set: 'rights.responseDeadline', value: 'P1M' }]);
    expect(hits.map((h) => formatPath(h.path))).toEqual(['rights.responseDeadline']);
  });

  it("accepts a 30-day commitment under the GDPR's one month", () => {
    expect(findings('gdpr-fr', 'EU-GDPR-012', [{ set: 'rights.responseDeadline', value: 'P30D' }])).toEqual([]);
  });

  it('asks for a deadline when none is declared', () => {
    const hits = findings('gdpr-fr', 'EU-GDPR-012', [{ delete: 'rights.responseDeadline' }]);
    expect(hits.map((h) => formatPath(h.path))).toEqual(['rights']);
  });
});

describe('data protection officer (EU-GDPR-002)', () => {
  it('is not required when every health purpose is small-scale, as for a single practitioner', () => {
    expect(
      findings('gdpr-fr', 'EU-GDPR-002', [
        { delete: 'organisation.dpo' },
        { set: 'purposes[1].scale', value: 'small' },
        { set: 'purposes[2].scale', value: 'small' },
      ]),
    ).toEqual([]);
  });

  it('is required when a health purpose does not state its scale', () => {
    const hits = findings('gdpr-fr', 'EU-GDPR-002', [
      { delete: 'organisation.dpo' },
      { set: 'purposes[1].scale', value: 'small' },
      { delete: 'purposes[2].scale' },
    ]);
    expect(hits[0]?.message.en).toContain('Fight insurance fraud');
  });
});

describe('impact assessments (EU-GDPR-009)', () => {
  it('asks for one before profiling people', () => {
    const hits = findings('gdpr-fr', 'EU-GDPR-009', [{ delete: 'purposes[2].impactAssessment' }]);
    expect(hits.map((h) => formatPath(h.path))).toEqual(['purposes[2]']);
    expect(hits[0]?.message.en).toContain('profiling');
  });
});

describe("minors' joint consent (FR-LIL-001)", () => {
  const purpose = (collectionMeans: string[]) => ({
    id: 'prevention-workshops',
    name: { fr: 'Ateliers de prévention', en: 'Prevention workshops' },
    legalBasis: { gdpr: { basis: 'consent' } },
    dataCategories: ['name'],
    subjects: ['beneficiaries'],
    collectionMeans,
    retention: 'until-withdrawn',
  });

  it('does not apply to consent collected in person', () => {
    expect(findings('gdpr-fr', 'FR-LIL-001', [{ append: 'purposes', value: purpose(['in-person']) }])).toEqual([]);
  });

  it('applies when the means of collection are not stated', () => {
    expect(findings('gdpr-fr', 'FR-LIL-001', [{ append: 'purposes', value: purpose([]) }])).toHaveLength(1);
  });

  it('is not met by joint consent stopping below 15', () => {
    const hits = findings('gdpr-fr', 'FR-LIL-001', [
      { append: 'purposes', value: purpose(['web-form']) },
      {
        set: 'minors',
        value: { jointConsentUnder: 13, process: { fr: 'Accord parental.', en: 'Parental agreement.' } },
      },
    ]);
    expect(hits.map((h) => formatPath(h.path))).toEqual(['minors.jointConsentUnder']);
  });
});

describe('retention periods (EU-GDPR-006)', () => {
  it('reports a rule without period or criteria once, however many purposes use it', () => {
    const hits = findings('gdpr-fr', 'EU-GDPR-006', [
      { delete: 'retention[1].duration' },
      { set: 'purposes[2].retention', value: 'claims-5y' },
    ]);
    expect(hits.map((h) => formatPath(h.path))).toEqual(['retention[1]']);
  });
});

describe('health-data hosting (FR-CSP-001)', () => {
  it('does not concern a processor whose systems hold no health data', () => {
    expect(
      findings('gdpr-fr', 'FR-CSP-001', [
        { delete: 'recipients[0].hdsCertified' },
        { delete: 'recipients[0].hostsHealthData' },
        { set: 'purposes[1].systems', value: [] },
        { set: 'purposes[2].systems', value: [] },
      ]),
    ).toEqual([]);
  });
});

describe('which organisations the packs reach', () => {
  const regimesOf = (document: Record<string, unknown>) =>
    checkDeclaration(load(document), packs).regimes.filter((r): r is Regime => r === 'pipeda' || r === 'gdpr-fr');

  it('applies PIPEDA to a Canadian enterprise and the GDPR to a French one', () => {
    expect(regimesOf(baseOf('pipeda'))).toEqual(['pipeda']);
    expect(regimesOf(baseOf('gdpr-fr'))).toEqual(['gdpr-fr']);
  });

  it('leaves a Quebec public body to provincial law rather than PIPEDA', () => {
    const base = baseOf('pipeda');
    const organisation = { ...(base.organisation as object), kind: 'quebec-public-body' };
    expect(regimesOf({ ...base, organisation })).toEqual([]);
  });
});

describe('at the scale of a large organisation', () => {
  /** The base repeated up to 2,000 purposes and 1,000 more recipients, all compliant. */
  function scaled(regime: 'pipeda' | 'gdpr-fr') {
    const base = baseOf(regime) as { purposes: object[]; recipients: object[] };
    const purposes = Array.from({ length: 2000 }, (_, i) => ({
      ...base.purposes[i % base.purposes.length],
      id: `p${i}`,
    }));
    const extra = Array.from({ length: 1000 }, (_, i) => ({
      ...base.recipients[i % base.recipients.length],
      id: `r${i}`,
    }));
    return load({ ...base, purposes, recipients: [...base.recipients, ...extra] });
  }

  it.each(['pipeda', 'gdpr-fr'] as const)('checks 2,000 purposes against %s in well under a second', (regime) => {
    const declaration = scaled(regime);
    const start = performance.now();
    const report = checkDeclaration(declaration, packs, { regimes: [regime] });
    // A loose bound on a shared machine: a check that scanned purposes × recipients would take seconds.
    expect(performance.now() - start).toBeLessThan(1000);
    expect(report.findings).toEqual([]);
  });
});
