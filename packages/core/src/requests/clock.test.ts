import { describe, expect, it } from 'vitest';
import { dueStatus, requestClock, strictestRegime } from './clock.js';
import { extendRequest, moveRequest, type RightsRequest } from './request.js';
import { pack, received } from './test-pack.js';

function due(request: RightsRequest) {
  const clock = requestClock(pack, request);
  if (!clock.running) throw new Error('paused');
  return clock.deadline;
}

function must(result: ReturnType<typeof moveRequest>): RightsRequest {
  if (!result.ok) throw new Error(result.code);
  return result.request;
}

const reason = { fr: 'Volume de documents', en: 'Volume of records' };

describe('the legal clock', () => {
  it('gives a Quebec enterprise 30 days from the day after receipt, on the Montreal calendar (P-39.1 s. 32)', () => {
    // 23:30 on 1 March in Montreal is already 2 March in UTC: the Montreal day counts.
    const request = received({ receivedAt: new Date('2026-03-02T04:30:00Z') });
    expect(due(request)).toMatchObject({ start: '2026-03-01', initialDue: '2026-03-31', due: '2026-03-31' });
    expect(due(request).endsAt.toISOString()).toBe('2026-04-01T04:00:00.000Z');
  });

  it('gives a Quebec public body 20 days and one 10-day extension with notice before they end (A-2.1 s. 98)', () => {
    const request = received({ regime: 'qc-public', receivedAt: new Date('2026-12-15T14:00:00Z') });
    expect(due(request).due).toBe('2027-01-04');
    const extended = extendRequest(pack, request, new Date('2027-01-04T20:00:00Z'), reason);
    expect(extended.ok).toBe(true);
    if (extended.ok) expect(due(extended.request)).toMatchObject({ initialDue: '2027-01-04', due: '2027-01-14' });
    // 05:00 UTC on 5 January is midnight in Montreal: the 20 days are over.
    expect(extendRequest(pack, request, new Date('2027-01-05T05:00:00Z'), reason)).toEqual({
      ok: false,
      code: 'requests.extension-too-late',
    });
  });

  it('gives PIPEDA 30 + 30 days, extended once only (s. 8(3), 8(4))', () => {
    const request = received({ regime: 'pipeda', receivedAt: new Date('2026-06-10T16:00:00Z') });
    expect(due(request).due).toBe('2026-07-10');
    const once = extendRequest(pack, request, new Date('2026-06-20T16:00:00Z'), reason);
    if (!once.ok) throw new Error(once.code);
    // 30 + 30 days end on Sunday 9 August, which is a holiday (Interpretation Act s. 35): Monday the 10th.
    expect(due(once.request).due).toBe('2026-08-10');
    expect(extendRequest(pack, once.request, new Date('2026-06-21T16:00:00Z'), reason)).toEqual({
      ok: false,
      code: 'requests.already-extended',
    });
  });

  it('refuses to extend where the law gives no extension (P-39.1 s. 32)', () => {
    expect(extendRequest(pack, received(), new Date('2026-03-03T00:00:00Z'), reason)).toEqual({
      ok: false,
      code: 'requests.extension-not-provided',
    });
  });

  it('counts GDPR months on the Paris calendar: 31 January + 1 month, + 2 further months (Art. 12(3))', () => {
    const request = received({ regime: 'gdpr-fr', receivedAt: new Date('2026-01-31T10:00:00Z') });
    // The month ends on Saturday 28 February, so the period runs to Monday 2 March (Reg. 1182/71 art. 3(4)).
    expect(due(request)).toMatchObject({ start: '2026-01-31', due: '2026-03-02' });
    expect(due(request).endsAt.toISOString()).toBe('2026-03-02T23:00:00.000Z');
    const extended = extendRequest(pack, request, new Date('2026-02-27T10:00:00Z'), reason);
    if (!extended.ok) throw new Error(extended.code);
    expect(due(extended.request).due).toBe('2026-04-30');
    expect(extendRequest(pack, request, new Date('2026-03-03T10:00:00Z'), reason)).toMatchObject({
      code: 'requests.extension-too-late',
    });
  });

  it('starts the GDPR period once identity is confirmed, and pauses meanwhile', () => {
    const request = received({ regime: 'gdpr-fr', receivedAt: new Date('2026-01-10T10:00:00Z') });
    const waiting = must(moveRequest(pack, request, 'awaiting-identity', new Date('2026-01-10T11:00:00Z')));
    expect(requestClock(pack, waiting)).toEqual({ running: false, reason: 'awaiting-identity' });
    expect(dueStatus(pack, waiting, new Date('2026-03-01T00:00:00Z'))).toEqual({ status: 'paused' });
    const confirmed = must(moveRequest(pack, waiting, 'in-progress', new Date('2026-01-20T09:00:00Z')));
    expect(due(confirmed)).toMatchObject({ start: '2026-01-20', due: '2026-02-20' });
  });

  it('keeps the Quebec clock running while identity is awaited (no pause in P-39.1)', () => {
    const request = received();
    const waiting = must(moveRequest(pack, request, 'awaiting-identity', new Date('2026-03-03T11:00:00Z')));
    expect(due(waiting).due).toBe('2026-04-01');
  });
});

describe('dueStatus', () => {
  const request = received(); // due 2026-04-01 (Montreal)

  it('is on time, then due soon within the configured days, then overdue at Montreal midnight', () => {
    expect(dueStatus(pack, request, new Date('2026-03-10T12:00:00Z'))).toEqual({
      status: 'on-time',
      due: '2026-04-01',
      daysLeft: 22,
    });
    expect(dueStatus(pack, request, new Date('2026-03-25T12:00:00Z'))).toMatchObject({
      status: 'due-soon',
      daysLeft: 7,
    });
    expect(dueStatus(pack, request, new Date('2026-03-25T12:00:00Z'), { soonDays: 3 }).status).toBe('on-time');
    expect(dueStatus(pack, request, new Date('2026-04-02T03:59:59Z'))).toMatchObject({
      status: 'due-soon',
      daysLeft: 0,
    });
    const overdue = dueStatus(pack, request, new Date('2026-04-02T04:00:00Z'));
    expect(overdue).toMatchObject({ status: 'overdue', daysLeft: -1 });
    // Silence past 30 days is a deemed refusal in Quebec: the console says so, with the article.
    expect(overdue.deemedRefusal?.citation.en).toBe('P-39.1, s. 32, para. 2');
  });

  it('has no deemed refusal under the GDPR', () => {
    const gdpr = received({ regime: 'gdpr-fr' });
    const status = dueStatus(pack, gdpr, new Date('2026-06-01T00:00:00Z'));
    expect(status.status).toBe('overdue');
    expect(status.deemedRefusal).toBeUndefined();
  });

  it('is closed once answered, saying whether the answer was late', () => {
    let r = must(moveRequest(pack, request, 'in-progress', new Date('2026-03-03T12:00:00Z')));
    r = must(moveRequest(pack, r, 'awaiting-approval', new Date('2026-03-20T12:00:00Z')));
    const onTime = must(moveRequest(pack, r, 'completed', new Date('2026-04-02T03:00:00Z')));
    expect(dueStatus(pack, onTime, new Date('2026-05-01T00:00:00Z'))).toEqual({
      status: 'closed',
      due: '2026-04-01',
      answeredLate: false,
    });
    const late = must(moveRequest(pack, r, 'completed', new Date('2026-04-02T04:00:00Z')));
    expect(dueStatus(pack, late, new Date('2026-05-01T00:00:00Z')).answeredLate).toBe(true);
  });
});

describe('strictestRegime', () => {
  it('picks the earliest initial deadline among the regimes that could apply', () => {
    const pick = strictestRegime(pack, new Date('2026-02-01T12:00:00Z'));
    expect(pick(['qc-private', 'qc-public'])).toBe('qc-public');
    // 1 February + 1 month = 1 March (28 days), sooner than 30 days.
    expect(pick(['qc-private', 'pipeda', 'gdpr-fr'])).toBe('gdpr-fr');
    expect(pick(['pipeda', 'qc-private'])).toBe('qc-private');
  });
});
