import { describe, expect, it } from 'vitest';
import { canonicalChoices, hashConsent } from './consent.canonical.js';
import { chainConsents, EMPTY_CONSENT_HEAD } from './consent.chain.js';
import type { ConsentFacts, ConsentRecord } from './consent.record.js';
import { verifyConsentLedger } from './consent.verify.js';

function facts(n: number): ConsentFacts {
  return {
    id: `0190f3a0-0000-7000-8000-${String(n).padStart(12, '0')}`,
    recordedAt: `2026-11-23T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
    visitorIndex: `visitor-index-${n}`,
    choices: { essential: true, analytics: n % 2 === 0 },
    noticeVersion: '2025.1',
    configVersion: '0123456789abcdef',
    method: 'banner',
    gpc: n % 3 === 0 ? true : null,
    ipTruncated: '203.0.113.0/24',
    userAgentFamily: 'Firefox 133',
  };
}

const ledger = chainConsents(
  EMPTY_CONSENT_HEAD,
  Array.from({ length: 10 }, (_, i) => facts(i + 1)),
);
const anchor = (record: ConsentRecord, journalSeq = record.seq) => ({
  journalSeq,
  head: { seq: record.seq, hash: record.hash },
});
const at = (seq: number) => ledger[seq - 1] as ConsentRecord;

describe('verifyConsentLedger', () => {
  it('passes an intact ledger and counts what follows the last anchor', async () => {
    const result = await verifyConsentLedger(ledger, [anchor(at(4)), anchor(at(7))]);
    expect(result).toEqual({
      ok: true,
      records: 10,
      head: { seq: 10, hash: at(10).hash },
      anchoredSeq: 7,
      unanchored: 3,
    });
    expect(await verifyConsentLedger([], [])).toMatchObject({ ok: true, records: 0, unanchored: 0 });
  });

  it('names a record whose choices changed, and the one before a record whose link no longer holds', async () => {
    const edited = ledger.map((r) => (r.seq === 5 ? { ...r, choices: { essential: true, analytics: true } } : r));
    expect(await verifyConsentLedger(edited, [])).toMatchObject({
      ok: false,
      problem: { kind: 'altered', seq: 5, recordId: at(5).id },
    });
    // Record 5 changed and re-hashed on its own: it holds, but record 6 still points at the old hash.
    const rehashed = ledger.map((r) => {
      if (r.seq !== 5) return r;
      const changed = { ...r, choices: { essential: true, analytics: true } };
      return { ...changed, hash: hashConsent(r.prevHash, changed) };
    });
    expect(await verifyConsentLedger(rehashed, [])).toMatchObject({
      ok: false,
      problem: { kind: 'altered', seq: 5, recordId: at(5).id },
    });
  });

  it('names a removed record, a record inserted out of place, a cut tail and a forged anchor', async () => {
    expect(
      await verifyConsentLedger(
        ledger.filter((r) => r.seq !== 3),
        [],
      ),
    ).toMatchObject({
      ok: false,
      problem: { kind: 'removed', seq: 3 },
    });
    const duplicated = [...ledger.slice(0, 6), at(4), ...ledger.slice(6)];
    expect(await verifyConsentLedger(duplicated, [])).toMatchObject({
      ok: false,
      problem: { kind: 'inserted', seq: 4 },
    });
    expect(await verifyConsentLedger(ledger.slice(0, 8), [anchor(at(9))])).toMatchObject({
      ok: false,
      problem: { kind: 'truncated', seq: 9 },
    });
    expect(await verifyConsentLedger(ledger, [{ journalSeq: 42, head: undefined }])).toMatchObject({
      ok: false,
      problem: { kind: 'forged_anchor', seq: 42 },
    });
  });

  it('catches a chain re-computed from a changed record by the head the journal anchored', async () => {
    const rewritten = chainConsents(
      { seq: 4, hash: at(4).hash },
      ledger.slice(4).map((r) => ({ ...r, choices: { essential: true, analytics: true } })),
    );
    const forged = [...ledger.slice(0, 4), ...rewritten];
    expect(await verifyConsentLedger(forged, [])).toMatchObject({ ok: true });
    expect(await verifyConsentLedger(forged, [anchor(at(8))])).toMatchObject({
      ok: false,
      problem: { kind: 'rewritten', seq: 8 },
    });
  });
});

describe('the canonical choices', () => {
  it('orders keys by code unit, integer-like ones included, and writes only true or false', () => {
    expect(canonicalChoices({ marketing: false, '10': true, analytics: true, '2': false })).toBe(
      '{"10":true,"2":false,"analytics":true,"marketing":false}',
    );
  });
});
