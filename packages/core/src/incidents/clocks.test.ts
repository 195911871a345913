import { describe, expect, it } from 'vitest';
import { incidentClocks } from './clocks.js';
import { complete, reported, rules } from './test-incident.js';

const at = (iso: string) => new Date(iso);
const byKey = (clocks: ReturnType<typeof incidentClocks>) => Object.fromEntries(clocks.map((c) => [c.key, c]));

describe('the clocks of an incident', () => {
  it('gives the CNIL 72 hours from awareness: still due at 72 hours exactly, overdue a millisecond later', () => {
    const incident = complete();
    const exactly = byKey(incidentClocks(incident, rules, ['gdpr-fr'], at('2026-03-05T10:00:00.000Z'), 72));
    expect(exactly['gdpr-fr:cnil']).toMatchObject({
      status: 'due-soon',
      basis: 'legal',
      due: '2026-03-05T10:00:00.000Z',
      citation: { en: 'GDPR, Art. 33(1)' },
    });
    const after = byKey(incidentClocks(incident, rules, ['gdpr-fr'], at('2026-03-05T10:00:00.001Z'), 72));
    expect(after['gdpr-fr:cnil']?.status).toBe('overdue');
    const early = byKey(incidentClocks(incident, rules, ['gdpr-fr'], at('2026-03-04T09:59:59.999Z'), 72));
    expect(early['gdpr-fr:cnil']?.status).toBe('due');
  });

  it('runs an approximate awareness period from its start, the earliest the organisation may have known', () => {
    const incident = complete({
      aware: { start: '2026-03-01T00:00:00.000Z', end: '2026-03-03T00:00:00.000Z', approximate: true },
    });
    const clocks = byKey(incidentClocks(incident, rules, ['gdpr-fr'], at('2026-03-02T00:00:00.000Z'), 72));
    expect(clocks['gdpr-fr:cnil']?.due).toBe('2026-03-04T00:00:00.000Z');
  });

  it('shows Quebec and PIPEDA clocks as the internal target, not as law', () => {
    const clocks = byKey(
      incidentClocks(complete(), rules, ['qc-private', 'pipeda'], at('2026-03-02T11:00:00.000Z'), 48),
    );
    expect(Object.keys(clocks).sort()).toEqual([
      'pipeda:opc',
      'pipeda:organisations',
      'pipeda:persons',
      'qc-private:cai',
      'qc-private:persons',
    ]);
    expect(clocks['qc-private:cai']).toMatchObject({
      basis: 'internal-target',
      due: '2026-03-04T10:00:00.000Z',
      status: 'due',
      wording: { en: 'promptly' },
    });
    expect(clocks['pipeda:opc']?.wording.en).toBe('as soon as feasible');
  });

  it('runs the clocks before any decision, marked provisional', () => {
    const clocks = incidentClocks(reported(), rules, ['qc-private'], at('2026-03-10T00:00:00.000Z'), 72);
    expect(clocks.map((c) => [c.key, c.status, c.provisional])).toEqual([
      ['qc-private:cai', 'overdue', true],
      ['qc-private:persons', 'overdue', true],
    ]);
  });

  it('owes no notification when the risk is not serious, but the CNIL unless the breach is unlikely to be a risk', () => {
    const decision = {
      serious: false,
      reasons: 'Encrypted device',
      decidedBy: 'user:po',
      decidedAt: '2026-03-02T12:00:00Z',
    };
    const notSerious = byKey(
      incidentClocks(complete({ decision }), rules, ['qc-private', 'gdpr-fr'], at('2026-03-03T00:00:00Z'), 72),
    );
    expect(notSerious['qc-private:cai']).toMatchObject({ status: 'not-owed', notOwedBecause: 'not-serious' });
    expect(notSerious['qc-private:persons']?.status).toBe('not-owed');
    expect(notSerious['gdpr-fr:persons']?.status).toBe('not-owed');
    expect(notSerious['gdpr-fr:cnil']?.status).toBe('due');
    const unlikely = byKey(
      incidentClocks(
        complete({ decision: { ...decision, unlikelyRisk: true } }),
        rules,
        ['gdpr-fr'],
        at('2026-03-03T00:00:00Z'),
        72,
      ),
    );
    expect(unlikely['gdpr-fr:cnil']).toMatchObject({ status: 'not-owed', notOwedBecause: 'unlikely-risk' });
  });

  it('stops a clock when its notification is recorded, a public notice standing for the persons', () => {
    const incident = complete({
      notifications: [
        { notice: 'cai', sentAt: '2026-03-03T09:00:00.000Z' },
        { notice: 'public', sentAt: '2026-03-08T09:00:00.000Z' },
      ],
    });
    const clocks = byKey(incidentClocks(incident, rules, ['qc-private'], at('2026-03-09T00:00:00Z'), 72));
    expect(clocks['qc-private:cai']).toMatchObject({ status: 'done', late: false });
    expect(clocks['qc-private:persons']).toMatchObject({ status: 'done', late: true });
  });

  it('adds the Minister only for health and social services bodies', () => {
    const keys = (kind: 'quebec-public-body' | 'health-and-social-services-body') =>
      incidentClocks(complete(), rules, ['qc-public'], at('2026-03-03T00:00:00Z'), 72, { organisationKind: kind }).map(
        (c) => c.key,
      );
    expect(keys('quebec-public-body')).toEqual(['qc-public:cai', 'qc-public:persons']);
    expect(keys('health-and-social-services-body')).toContain('qc-public:minister');
  });
});
