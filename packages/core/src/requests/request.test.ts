import { describe, expect, it } from 'vitest';
import { strictestRegime } from './clock.js';
import { parseDeadlinePack } from './deadline-pack.js';
import { REQUEST_KINDS } from './kinds.js';
import { FINAL_STATES, REQUEST_STATES, TRANSITIONS } from './lifecycle.js';
import { chooseRegime, requestRegimesOf } from './regime.js';
import { moveRequest, openRequest, refusalReasonsOf, requesterIssues } from './request.js';
import { pack, received } from './test-pack.js';

const at = (s: string) => new Date(s);

describe('the deadline pack', () => {
  it('cites a provision, with its confidence, for every kind some regime grants', () => {
    for (const kind of REQUEST_KINDS) {
      const granted = Object.values(pack.kinds[kind]);
      expect(granted.length, kind).toBeGreaterThan(0);
      for (const g of granted) expect(g.citation.fr && g.citation.en).toBeTruthy();
    }
  });

  it('refuses a pack with a malformed period, naming where', () => {
    expect(() =>
      parseDeadlinePack('lastChecked: 2026-01-01\nregimes: {}\nkinds: {}\nrefusalReasons: {}', 'bad.yaml'),
    ).toThrow(/deadline pack bad.yaml: regimes/);
  });
});

describe('intake', () => {
  it('records a request only under a regime that grants the right', () => {
    expect(
      openRequest(pack, {
        id: 'a',
        kind: 'post-mortem-directives',
        regime: 'qc-private',
        requester: { role: 'heir', proofOfCapacity: true },
        receivedAt: at('2026-01-01T00:00:00Z'),
      }),
    ).toEqual({ ok: false, code: 'requests.kind-not-available' });
    expect(received({ kind: 'post-mortem-directives', regime: 'gdpr-fr' }).state).toBe('received');
    expect(received({ kind: 'cessation-of-dissemination' }).kind).toBe('cessation-of-dissemination');
  });

  it('asks a representative for proof of capacity, and a parent for the minor’s age', () => {
    expect(requesterIssues(pack, 'qc-private', { role: 'self' })).toEqual([]);
    expect(requesterIssues(pack, 'qc-private', { role: 'mandatary' }).map((i) => i.code)).toEqual([
      'requests.proof-of-capacity-missing',
    ]);
    expect(requesterIssues(pack, 'qc-private', { role: 'executor', proofOfCapacity: true })).toEqual([]);
    expect(
      requesterIssues(pack, 'qc-private', { role: 'parent-or-tutor', proofOfCapacity: true }).map((i) => i.code),
    ).toEqual(['requests.minor-age-missing']);
  });

  it('lets a parent act alone under 14 in Quebec and under 15 in France, and warns above', () => {
    const parent = (minorAge: number) => ({ role: 'parent-or-tutor' as const, proofOfCapacity: true, minorAge });
    expect(requesterIssues(pack, 'qc-private', parent(13))).toEqual([]);
    const fourteen = requesterIssues(pack, 'qc-private', parent(14));
    expect(fourteen).toMatchObject([{ code: 'requests.minor-may-act-alone', severity: 'warning' }]);
    expect(fourteen[0]?.provision?.citation.en).toBe('P-39.1, s. 4.1');
    expect(requesterIssues(pack, 'gdpr-fr', parent(14))).toEqual([]);
    expect(requesterIssues(pack, 'gdpr-fr', parent(15)).map((i) => i.code)).toEqual(['requests.minor-may-act-alone']);
  });
});

describe('the lifecycle', () => {
  it('has no way out of a final state and a way to an answer from every open state', () => {
    for (const s of FINAL_STATES) expect(TRANSITIONS[s]).toEqual([]);
    for (const s of REQUEST_STATES) if (!FINAL_STATES.has(s)) expect(TRANSITIONS[s]).toContain('refused');
  });

  it('walks received → awaiting identity → in progress → awaiting approval → completed', () => {
    let r = received();
    for (const [to, when] of [
      ['awaiting-identity', '2026-03-02T16:00:00Z'],
      ['in-progress', '2026-03-03T16:00:00Z'],
      ['awaiting-approval', '2026-03-04T16:00:00Z'],
      ['completed', '2026-03-05T16:00:00Z'],
    ] as const) {
      const next = moveRequest(pack, r, to, at(when));
      if (!next.ok) throw new Error(next.code);
      r = next.request;
    }
    expect(r.state).toBe('completed');
    expect(r.history.map((c) => c.to)).toEqual(['awaiting-identity', 'in-progress', 'awaiting-approval', 'completed']);
    expect(moveRequest(pack, r, 'in-progress', at('2026-03-06T00:00:00Z'))).toEqual({
      ok: false,
      code: 'requests.transition-not-allowed',
    });
  });

  it('refuses a skipped step and a change dated before the last one', () => {
    const r = received();
    expect(moveRequest(pack, r, 'completed', at('2026-03-03T00:00:00Z'))).toEqual({
      ok: false,
      code: 'requests.transition-not-allowed',
    });
    expect(moveRequest(pack, r, 'in-progress', at('2026-03-01T00:00:00Z'))).toEqual({
      ok: false,
      code: 'requests.time-goes-backwards',
    });
  });

  it('requires a refusal ground the regime allows, and keeps it', () => {
    const r = received();
    expect(moveRequest(pack, r, 'refused', at('2026-03-03T00:00:00Z'))).toEqual({
      ok: false,
      code: 'requests.refusal-reason-required',
    });
    // "Manifestly unfounded or excessive" is a GDPR ground (Art. 12(5)), not a Quebec one.
    expect(moveRequest(pack, r, 'refused', at('2026-03-03T00:00:00Z'), 'manifestly-unfounded-or-excessive')).toEqual({
      ok: false,
      code: 'requests.refusal-reason-unknown',
    });
    const refused = moveRequest(pack, r, 'refused', at('2026-03-03T00:00:00Z'), 'identity-not-established');
    expect(refused.ok && refused.request.refusalReason).toBe('identity-not-established');
    expect(refusalReasonsOf(pack, 'gdpr-fr').map((g) => g.code)).toContain('manifestly-unfounded-or-excessive');
  });
});

describe('which regime', () => {
  const org = (
    kind: 'private-enterprise' | 'quebec-public-body' | 'health-and-social-services-body',
    ...jurisdictions: ('QC' | 'CA' | 'EU' | 'FR')[]
  ) => ({ kind, jurisdictions });

  it('follows the organisation’s kind and jurisdictions', () => {
    expect(requestRegimesOf(org('private-enterprise', 'QC'))).toEqual(['qc-private']);
    expect(requestRegimesOf(org('quebec-public-body', 'QC', 'CA'))).toEqual(['qc-public']);
    expect(requestRegimesOf(org('private-enterprise', 'QC', 'CA', 'FR'))).toEqual(['qc-private', 'pipeda', 'gdpr-fr']);
    expect(requestRegimesOf(org('private-enterprise', 'FR'))).toEqual(['gdpr-fr']);
  });

  it('takes the person’s regime when several apply, else the strictest clock', () => {
    const candidates = requestRegimesOf(org('private-enterprise', 'QC', 'CA', 'FR'));
    const strictest = strictestRegime(pack, at('2026-03-02T15:00:00Z'));
    expect(chooseRegime(candidates, 'QC', strictest)).toEqual({ ok: true, regime: 'qc-private', why: 'person' });
    expect(chooseRegime(candidates, 'CA', strictest)).toEqual({ ok: true, regime: 'pipeda', why: 'person' });
    expect(chooseRegime(candidates, 'EU', strictest)).toEqual({ ok: true, regime: 'gdpr-fr', why: 'person' });
    // 2 March + 1 month = 2 April, later than 30 days (1 April): a Quebec clock is the strictest here.
    expect(chooseRegime(candidates, undefined, strictest)).toEqual({
      ok: true,
      regime: 'qc-private',
      why: 'strictest',
    });
    expect(chooseRegime(['gdpr-fr'], 'QC', strictest)).toEqual({ ok: true, regime: 'gdpr-fr', why: 'only' });
    expect(chooseRegime([], 'QC', strictest)).toEqual({ ok: false, code: 'requests.no-regime' });
  });
});
