import { describe, expect, it } from 'vitest';
import { retainUntil } from './retention.js';
import { reported, rules } from './test-incident.js';

describe('how long the register keeps an incident', () => {
  it('keeps it 5 years after awareness in Quebec, 24 months after determination under PIPEDA, the later wins', () => {
    const incident = reported({ determinedAt: '2026-03-05T00:00:00.000Z' });
    const retention = retainUntil(incident, rules, ['qc-private', 'pipeda', 'gdpr-fr']);
    expect(retention.byRegime.map((r) => [r.regime, r.until, r.citation.en])).toEqual([
      ['qc-private', '2031-03-02T10:00:00.000Z', 'Regulation respecting confidentiality incidents, s. 8'],
      ['pipeda', '2028-03-05T00:00:00.000Z', 'PIPEDA, s. 10.3; Breach of Security Safeguards Regulations, s. 6'],
    ]);
    expect(retention.until).toBe('2031-03-02T10:00:00.000Z');
  });

  it('counts from the end of an awareness period, and from awareness when no determination is recorded', () => {
    const incident = reported({
      aware: { start: '2026-01-10T00:00:00.000Z', end: '2026-01-20T00:00:00.000Z', approximate: true },
    });
    expect(retainUntil(incident, rules, ['qc-public']).until).toBe('2031-01-20T00:00:00.000Z');
    expect(retainUntil(incident, rules, ['pipeda']).until).toBe('2028-01-20T00:00:00.000Z');
  });

  it('sets no date where no regime sets a period (GDPR alone)', () => {
    expect(retainUntil(reported(), rules, ['gdpr-fr'])).toEqual({ byRegime: [] });
  });
});
