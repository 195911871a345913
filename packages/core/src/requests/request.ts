import type { Localized } from '../i18n/localized.js';
import { requestClock } from './clock.js';
import type { Cited, DeadlinePack, RequestRegime } from './deadline-pack.js';
import type { Requester, RequestKind } from './kinds.js';
import { canMove, FINAL_STATES, type RequestState } from './lifecycle.js';

export interface StateChange {
  readonly to: RequestState;
  /** ISO 8601 instant. */
  readonly at: string;
}

/** A rights request as the clock and the letters see it. Values only: every change returns a new request. */
export interface RightsRequest {
  readonly id: string;
  readonly kind: RequestKind;
  readonly regime: RequestRegime;
  readonly requester: Requester;
  /** ISO 8601 instant of receipt: the clock runs from that day. */
  readonly receivedAt: string;
  readonly state: RequestState;
  /** Every state entered after `received`, in order. */
  readonly history: readonly StateChange[];
  readonly extension?: { readonly noticeAt: string; readonly reason: Localized };
  /** The ground of a refusal or partial refusal (a code of the pack's refusalReasons). */
  readonly refusalReason?: string;
}

export type RequestErrorCode =
  | 'requests.kind-not-available'
  | 'requests.transition-not-allowed'
  | 'requests.time-goes-backwards'
  | 'requests.refusal-reason-required'
  | 'requests.refusal-reason-unknown'
  | 'requests.extension-not-provided'
  | 'requests.already-extended'
  | 'requests.extension-too-late'
  | 'requests.closed';

export type RequestResult =
  | { readonly ok: true; readonly request: RightsRequest }
  | { readonly ok: false; readonly code: RequestErrorCode };

const fail = (code: RequestErrorCode): RequestResult => ({ ok: false, code });

/** The provision that grants this kind of request in this regime, or undefined when the regime does not grant it. */
export function kindProvision(pack: DeadlinePack, kind: RequestKind, regime: RequestRegime): Cited | undefined {
  return pack.kinds[kind][regime];
}

/** The refusal grounds a regime allows, with their provisions. */
export function refusalReasonsOf(
  pack: DeadlinePack,
  regime: RequestRegime,
): { code: string; label: Localized; provision: Cited }[] {
  return Object.entries(pack.refusalReasons).flatMap(([code, reason]) => {
    const provision = reason[regime];
    return provision ? [{ code, label: reason.label, provision }] : [];
  });
}

export interface NewRequest {
  readonly id: string;
  readonly kind: RequestKind;
  readonly regime: RequestRegime;
  readonly requester: Requester;
  readonly receivedAt: Date;
}

/** Records a request as received, if the regime grants that right. */
export function openRequest(pack: DeadlinePack, input: NewRequest): RequestResult {
  if (!kindProvision(pack, input.kind, input.regime)) return fail('requests.kind-not-available');
  return {
    ok: true,
    request: {
      id: input.id,
      kind: input.kind,
      regime: input.regime,
      requester: input.requester,
      receivedAt: input.receivedAt.toISOString(),
      state: 'received',
      history: [],
    },
  };
}

function lastChangeAt(request: RightsRequest): string {
  return request.history.at(-1)?.at ?? request.receivedAt;
}

/** Moves a request along the transition table; a refusal, whole or partial, must name a ground the regime allows. */
export function moveRequest(
  pack: DeadlinePack,
  request: RightsRequest,
  to: RequestState,
  at: Date,
  refusalReason?: string,
): RequestResult {
  if (!canMove(request.state, to)) return fail('requests.transition-not-allowed');
  if (at < new Date(lastChangeAt(request))) return fail('requests.time-goes-backwards');
  const refusing = to === 'refused' || to === 'partly-refused';
  if (refusing) {
    if (refusalReason === undefined) return fail('requests.refusal-reason-required');
    if (!pack.refusalReasons[refusalReason]?.[request.regime]) return fail('requests.refusal-reason-unknown');
  }
  return {
    ok: true,
    request: {
      ...request,
      state: to,
      history: [...request.history, { to, at: at.toISOString() }],
      ...(refusing ? { refusalReason } : {}),
    },
  };
}

/**
 * Extends the deadline, once, where the regime provides for it, and only while the notice can still be
 * given in time (A-2.1 s. 98 para. 2, PIPEDA s. 8(4), GDPR Art. 12(3): within the first period).
 */
export function extendRequest(
  pack: DeadlinePack,
  request: RightsRequest,
  noticeAt: Date,
  reason: Localized,
): RequestResult {
  if (FINAL_STATES.has(request.state)) return fail('requests.closed');
  const rules = pack.regimes[request.regime].extension;
  if (!rules) return fail('requests.extension-not-provided');
  if (request.extension) return fail('requests.already-extended');
  const clock = requestClock(pack, request);
  if (clock.running && rules.noticeWithinInitialPeriod && noticeAt >= clock.deadline.initialEndsAt) {
    return fail('requests.extension-too-late');
  }
  return { ok: true, request: { ...request, extension: { noticeAt: noticeAt.toISOString(), reason } } };
}

export type RequesterIssueCode =
  | 'requests.proof-of-capacity-missing'
  | 'requests.minor-age-missing'
  | 'requests.minor-may-act-alone';

export interface RequesterIssue {
  readonly code: RequesterIssueCode;
  /** An error stops the request; a warning asks staff to look. */
  readonly severity: 'error' | 'warning';
  readonly provision?: Cited;
}

/**
 * What to verify about who filed the request. A representative proves their capacity (P-39.1 s. 30,
 * LIL art. 85). A parent or tutor acts alone for a minor under the regime's age (14 in Quebec, 15 in
 * France); above it the minor may act personally, so staff confirm the parent's capacity.
 */
export function requesterIssues(pack: DeadlinePack, regime: RequestRegime, requester: Requester): RequesterIssue[] {
  const issues: RequesterIssue[] = [];
  if (requester.role === 'self') return issues;
  if (requester.proofOfCapacity !== true)
    issues.push({ code: 'requests.proof-of-capacity-missing', severity: 'error' });
  if (requester.role === 'parent-or-tutor') {
    const rule = pack.regimes[regime].minorRepresentedUnder;
    const { confidence, citation } = rule;
    if (requester.minorAge === undefined) issues.push({ code: 'requests.minor-age-missing', severity: 'error' });
    else if (requester.minorAge >= rule.age) {
      issues.push({ code: 'requests.minor-may-act-alone', severity: 'warning', provision: { confidence, citation } });
    }
  }
  return issues;
}
