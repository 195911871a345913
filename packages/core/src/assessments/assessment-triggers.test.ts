import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LoadedDeclaration, loadDeclaration } from '../declaration/load.js';
import { assessmentTriggers } from './assessment-triggers.js';
import { parseAssessmentTriggerRules } from './trigger-rules.js';
import { loadAssessmentTriggerRules } from './trigger-rules.node.js';

const BASES = join(import.meta.dirname, '../../test/rules/bases');
const rules = loadAssessmentTriggerRules();

function loadBase(name: string, edit: (text: string) => string = (t) => t): LoadedDeclaration {
  const text = edit(readFileSync(join(BASES, `${name}.yaml`), 'utf8'));
  const result = loadDeclaration([{ path: `${name}.yaml`, text }]);
  if (!result.ok) throw new Error(`${name} does not load`);
  return result.value;
}

describe('assessmentTriggers', () => {
  it('calls for an approved assessment for the processor in Ontario, citing P-39.1 s.17, and finds it approved', () => {
    const triggers = assessmentTriggers(loadBase('qc-private'), rules);
    expect(triggers).toEqual([
      expect.objectContaining({
        trigger: 'outside-quebec',
        subject: expect.objectContaining({ section: 'recipients' }),
        citation: { fr: 'P-39.1, art. 17', en: 'P-39.1, s. 17' },
        confidence: 'V',
        acceptedStatuses: ['approved'],
        assessments: [{ id: 'pia-claims-platform', status: 'approved' }],
        covered: true,
      }),
    ]);
  });

  it('does not count a completed assessment as covering a communication outside Quebec', () => {
    const loaded = loadBase('qc-private', (t) =>
      t.replace(/( {4}triggers: \[outside-quebec\]\n {4}status: )approved/, '$1completed'),
    );
    const [trigger] = assessmentTriggers(loaded, rules);
    expect(trigger).toMatchObject({
      assessments: [{ id: 'pia-claims-platform', status: 'completed' }],
      covered: false,
    });
  });

  it('cites A-2.1 s.70.1 for a public body', () => {
    const triggers = assessmentTriggers(loadBase('qc-public'), rules);
    expect(triggers.map((t) => [t.trigger, t.citation.en, t.covered])).toContainEqual([
      'outside-quebec',
      'A-2.1, s. 70.1',
      true,
    ]);
  });

  it('calls for a GDPR Art. 35 DPIA for health data at scale and for profiling, as EU-GDPR-009 does', () => {
    const triggers = assessmentTriggers(loadBase('gdpr-fr'), rules);
    const art35 = triggers.filter((t) => t.trigger === 'gdpr-art35');
    expect(art35.map((t) => t.subject.id).sort()).toEqual(['fraud-fighting', 'third-party-payment']);
    expect(art35.every((t) => t.covered && t.citation.en.startsWith('GDPR, Art. 35'))).toBe(true);
    // No Quebec trigger for an organisation outside Quebec.
    expect(triggers.some((t) => t.trigger === 'outside-quebec')).toBe(false);
  });

  it('reports a high-risk purpose with no assessment as uncovered', () => {
    const loaded = loadBase('gdpr-fr', (t) => t.replace('    impactAssessment: dpia-fraud\n', ''));
    const fraud = assessmentTriggers(loaded, rules).find((t) => t.subject.id === 'fraud-fighting');
    expect(fraud).toMatchObject({ assessments: [], covered: false });
  });

  it('refuses trigger rules without a citation', () => {
    expect(() =>
      parseAssessmentTriggerRules(
        'lastChecked: 2026-11-23\nwithin: { country: CA, region: QC }\ntriggers:\n  - trigger: outside-quebec\n    regimes: [qc-private]\n    acceptedStatuses: [approved]\n    confidence: V\n    reason: { fr: a, en: a }\n',
        'broken.yaml',
      ),
    ).toThrow(/broken\.yaml/);
  });
});
