import { type DueStatusKind, dueStatus, moveRequest, type RequestState } from '@vigie/core';
import { type DeskFacts, deskFactsOf } from './desk-facts.js';
import type { IdentityVerification } from './identity-verification.js';
import { decryptIdentity, type RequesterIdentity, rightsRequestOf } from './request-record.js';
import type { RequestsContext } from './requests.context.js';
import { RequestsError } from './requests.errors.js';
import type { RequestFilter, RequestRow } from './requests.store.js';

/** A request in the staff inbox: ids, kinds, states and dates only, nothing about the person. */
interface RequestSummary {
  readonly id: string;
  readonly reference: string;
  readonly kind: string;
  readonly regime: string;
  readonly state: string;
  readonly channel: string;
  readonly language: 'fr' | 'en';
  readonly requesterRole: string;
  readonly receivedAt: string;
  readonly due: { readonly status: DueStatusKind; readonly due?: string; readonly daysLeft?: number };
  /** The staff member answering it, when someone is. */
  readonly assigneeId?: string;
}

/** One request opened by staff: the summary with its history, refusal ground and the decrypted identity. */
interface RequestDetail extends RequestSummary, DeskFacts {
  readonly history: readonly { readonly to: string; readonly at: string }[];
  readonly refusalReason?: string;
  readonly enteredBy?: string;
  readonly requester: RequesterIdentity;
}

const CORE_ERRORS = {
  'requests.transition-not-allowed': 'requests.transition_not_allowed',
  'requests.time-goes-backwards': 'requests.transition_not_allowed',
  'requests.closed': 'requests.transition_not_allowed',
  'requests.refusal-reason-required': 'requests.refusal_reason_required',
  'requests.refusal-reason-unknown': 'requests.refusal_reason_unknown',
} as const;

export function createRequestDesk(context: RequestsContext, verification: IdentityVerification) {
  const { store, pack, now } = context;

  function summaryOf(row: RequestRow, at: Date): RequestSummary {
    const status = dueStatus(pack, rightsRequestOf(row), at);
    return {
      id: row.id,
      reference: row.reference,
      kind: row.kind,
      regime: row.regime,
      state: row.state,
      channel: row.channel,
      language: row.language,
      requesterRole: row.requester_role,
      receivedAt: row.received_at,
      due: {
        status: status.status,
        ...(status.due === undefined ? {} : { due: status.due }),
        ...(status.daysLeft === undefined ? {} : { daysLeft: status.daysLeft }),
      },
      ...(row.assignee_id === null ? {} : { assigneeId: row.assignee_id }),
    };
  }

  async function existing(id: string): Promise<RequestRow> {
    const row = await store.byId(id);
    if (row === undefined) throw new RequestsError('requests.not_found');
    return row;
  }

  function detailOf(row: RequestRow, at: Date): RequestDetail {
    const request = rightsRequestOf(row);
    return {
      ...summaryOf(row, at),
      ...deskFactsOf(pack, row, at),
      history: request.history,
      ...(row.refusal_reason === null ? {} : { refusalReason: row.refusal_reason }),
      ...(row.entered_by === null ? {} : { enteredBy: row.entered_by }),
      requester: decryptIdentity(context.cipher, row),
    };
  }

  return {
    detailOf,

    /** The inbox, newest first; the due status (the core clock, today) filters after the store's filters. */
    async list(filter: RequestFilter & { readonly due?: DueStatusKind }): Promise<RequestSummary[]> {
      const at = now();
      const rows = await store.list(filter);
      const summaries = rows.map((row) => summaryOf(row, at));
      return filter.due === undefined ? summaries : summaries.filter((s) => s.due.status === filter.due);
    },

    async detail(id: string): Promise<RequestDetail> {
      return detailOf(await existing(id), now());
    },

    /**
     * Moves a request through the core lifecycle (a refusal names one of the regime's grounds). Sending a request
     * back to awaiting identity emails a new code when it has an address.
     */
    async transition(id: string, to: RequestState, reason?: string): Promise<RequestDetail> {
      const row = await existing(id);
      const at = now();
      const moved = moveRequest(pack, rightsRequestOf(row), to, at, reason);
      if (!moved.ok) {
        const code = moved.code in CORE_ERRORS ? CORE_ERRORS[moved.code as keyof typeof CORE_ERRORS] : undefined;
        throw new RequestsError(code ?? 'requests.transition_not_allowed');
      }
      const change = {
        state: moved.request.state,
        history: JSON.stringify(moved.request.history),
        refusal_reason: moved.request.refusalReason ?? null,
        updated_at: at.toISOString(),
      };
      if (!(await store.move(id, row.state, change))) throw new RequestsError('requests.changed_meanwhile');
      const updated = { ...row, ...change };
      if (to === 'awaiting-identity') await verification.sendCode(updated).catch(context.onMailError);
      return detailOf(updated, at);
    },
  };
}
