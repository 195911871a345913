import { randomUUID } from 'node:crypto';
import {
  chooseRegime,
  moveRequest,
  openRequest,
  type PersonRegion,
  type RequesterRole,
  type RequestKind,
  requestRegimesOf,
  strictestRegime,
} from '@vigie/core';
import { encryptAttachments } from './attachment-record.js';
import type { IdentityVerification } from './identity-verification.js';
import type { AttachmentFile } from './request-attachments.js';
import { encryptIdentity, type RequesterIdentity } from './request-record.js';
import type { RequestsContext } from './requests.context.js';
import { RequestsError } from './requests.errors.js';
import type { RequestRow } from './requests.store.js';
import { newReference } from './verification-secret.js';

/** A request as it arrives, from the privacy center or typed in by staff. */
export interface IncomingRequest {
  readonly kind: RequestKind;
  readonly identity: RequesterIdentity;
  readonly role: RequesterRole;
  readonly language: 'fr' | 'en';
  readonly region?: PersonRegion;
  /** Checked already (request-attachments.ts): stored with the request, encrypted. */
  readonly attachments?: readonly AttachmentFile[];
}

/** What staff add when they enter a request received by mail, email, phone or in person. */
interface StaffEntry {
  readonly channel: 'mail' | 'email' | 'phone' | 'in-person';
  /** When it was received: the clock runs from then, not from when it was typed in. */
  readonly receivedAt?: Date;
  /** Staff checked the identity (a signed request with a copy of an ID): no code is sent. */
  readonly identityVerified: boolean;
  readonly enteredBy: string;
}

export function createRequestIntake(context: RequestsContext, verification: IdentityVerification) {
  const { store, pack, now } = context;

  /** Opens the request with the core clock (regime from the organisation and the person) and builds its row. */
  function newRow(input: IncomingRequest, channel: RequestRow['channel'], receivedAt: Date, verified: boolean) {
    const candidates = requestRegimesOf(context.organisation);
    const regime = chooseRegime(candidates, input.region, strictestRegime(pack, receivedAt));
    if (!regime.ok) throw new RequestsError('requests.no_regime');
    const id = randomUUID();
    const opened = openRequest(pack, {
      id,
      kind: input.kind,
      regime: regime.regime,
      requester: { role: input.role },
      receivedAt,
    });
    if (!opened.ok) throw new RequestsError('requests.kind_not_available');
    const at = now();
    const next = moveRequest(pack, opened.request, verified ? 'in-progress' : 'awaiting-identity', receivedAt);
    if (!next.ok) throw new RequestsError('requests.transition_not_allowed');
    const email = input.identity.email;
    const row: RequestRow = {
      id,
      reference: newReference(),
      kind: input.kind,
      regime: regime.regime,
      state: next.request.state,
      channel,
      language: input.language,
      requester_role: input.role,
      email_blind_index: email === undefined ? null : context.emailIndex(email),
      ...encryptIdentity(context.cipher, id, input.identity),
      received_at: opened.request.receivedAt,
      history: JSON.stringify(next.request.history),
      refusal_reason: null,
      entered_by: null,
      updated_at: at.toISOString(),
      assignee_id: null,
      extension_notice_at: null,
      extension_reason_encrypted: null,
    };
    return row;
  }

  return {
    /**
     * From the privacy center: stored awaiting identity and a code emailed. Refused when mail is not configured
     * (nobody could ever verify the request); when the SMTP server refuses the code, the request is removed and
     * the person is asked to try again, rather than left with a reference that can never be confirmed.
     */
    async submit(input: IncomingRequest): Promise<{ id: string; reference: string }> {
      if (context.mailer === undefined) throw new RequestsError('requests.mail_not_configured');
      const row = newRow(input, 'web', now(), false);
      await store.insert(row, encryptAttachments(context.cipher, row.id, input.attachments ?? [], null, now()));
      try {
        await verification.sendCode(row);
      } catch (error) {
        context.onMailError(error);
        await store.remove(row.id);
        throw new RequestsError('requests.mail_unavailable');
      }
      return { id: row.id, reference: row.reference };
    },

    /** Entered by staff; a code is emailed when the identity is still to verify and there is an address. */
    async enter(input: IncomingRequest, entry: StaffEntry): Promise<{ row: RequestRow; codeSent: boolean }> {
      const receivedAt = entry.receivedAt ?? now();
      if (receivedAt > now()) throw new RequestsError('requests.received_in_future');
      const row = { ...newRow(input, entry.channel, receivedAt, entry.identityVerified), entered_by: entry.enteredBy };
      await store.insert(
        row,
        encryptAttachments(context.cipher, row.id, input.attachments ?? [], entry.enteredBy, now()),
      );
      let codeSent = false;
      if (!entry.identityVerified && input.identity.email !== undefined && context.mailer !== undefined) {
        codeSent = await verification.sendCode(row).then(
          () => true,
          (error: unknown) => {
            context.onMailError(error);
            return false;
          },
        );
      }
      return { row, codeSent };
    },
  };
}
