import { type Lang, moveRequest } from '@vigie/core';
import { acknowledgementMail, CODE_LIFETIME_MINUTES, verificationMail } from './request-mails.js';
import { decryptIdentity, rightsRequestOf } from './request-record.js';
import type { RequestsContext } from './requests.context.js';
import type { RequestRow } from './requests.store.js';
import { newVerificationSecrets, normaliseReference } from './verification-secret.js';

/** Wrong tries a code survives; after that the person asks for a new code. */
const MAX_CODE_ATTEMPTS = 5;
const MINUTE_MS = 60_000;
/** Stands in for the request id when the reference is unknown, so the same hashing and comparison run. */
const NO_REQUEST = '00000000-0000-0000-0000-000000000000';

/** What the person typed or the link carried. */
type VerificationSecret = { readonly code: string } | { readonly token: string };

type VerificationOutcome =
  | { readonly ok: true; readonly reference: string; readonly requestId: string }
  | { readonly ok: false };

export function createIdentityVerification(context: RequestsContext) {
  const { store, hasher, cipher, now } = context;
  const placeholder = { code: hasher.hash('code', NO_REQUEST, ''), token: hasher.hash('token', NO_REQUEST, '') };

  /** Draws a code and token for a request awaiting identity, stores their hashes and emails them. */
  async function sendCode(row: RequestRow): Promise<void> {
    const mailer = context.mailer;
    if (mailer === undefined || row.email_encrypted === null) return;
    const secrets = newVerificationSecrets();
    const at = now();
    await store.replaceVerification({
      request_id: row.id,
      code_hash: hasher.hash('code', row.id, secrets.code),
      token_hash: hasher.hash('token', row.id, secrets.token),
      expires_at: new Date(at.getTime() + CODE_LIFETIME_MINUTES * MINUTE_MS).toISOString(),
      attempts: 0,
      created_at: at.toISOString(),
    });
    const identity = decryptIdentity(cipher, row);
    if (identity.email === undefined) return;
    await mailer.send(
      verificationMail({
        to: identity.email,
        lang: row.language,
        organisation: context.organisation.displayName ?? context.organisation.legalName,
        reference: row.reference,
        code: secrets.code,
        token: secrets.token,
        publicUrl: context.publicUrl,
      }),
    );
  }

  return {
    sendCode,

    /**
     * Checks a code or link token. Every failure (unknown reference, wrong code, expired, too many tries, already
     * used) gives the same answer after the same work: one counting UPDATE, one keyed hash, one constant-time
     * comparison. On success the request moves to in progress and the acknowledgement letter is emailed.
     */
    async verify(reference: string, secret: VerificationSecret): Promise<VerificationOutcome> {
      const check = await store.countAttempt(normaliseReference(reference));
      const kind = 'code' in secret ? 'code' : 'token';
      const value = 'code' in secret ? secret.code : secret.token;
      const stored = check === undefined ? placeholder[kind] : kind === 'code' ? check.code_hash : check.token_hash;
      const matches = hasher.matches(kind, check?.request_id ?? NO_REQUEST, value, stored);
      const at = now();
      if (check === undefined || !matches) return { ok: false };
      if (check.attempts > MAX_CODE_ATTEMPTS || at >= new Date(check.expires_at)) return { ok: false };
      const row = await store.byId(check.request_id);
      if (row === undefined) return { ok: false };
      const moved = moveRequest(context.pack, rightsRequestOf(row), 'in-progress', at);
      if (!moved.ok) return { ok: false };
      const done = await store.completeVerification(check, {
        state: moved.request.state,
        history: JSON.stringify(moved.request.history),
        updated_at: at.toISOString(),
      });
      if (!done) return { ok: false };
      await sendAcknowledgement(row, moved.request, at);
      return { ok: true, reference: row.reference, requestId: row.id };
    },

    /**
     * A new code for a request still awaiting identity. Answers at once whether or not the reference exists; the
     * code is drawn and sent in the background so that neither the store's writes nor SMTP show in the timing.
     */
    async renew(reference: string): Promise<void> {
      const row = await store.byReference(normaliseReference(reference));
      if (row === undefined || row.state !== 'awaiting-identity') return;
      void sendCode(row).catch(context.onMailError);
    },
  };

  async function sendAcknowledgement(
    row: RequestRow,
    request: ReturnType<typeof rightsRequestOf>,
    at: Date,
  ): Promise<void> {
    const email = decryptIdentity(cipher, row).email;
    if (email === undefined || context.mailer === undefined) return;
    const mail = acknowledgementMail({
      pack: context.pack,
      to: email,
      lang: row.language as Lang,
      // The letter names the request by the reference the person was given, not by the store's id.
      request: { ...request, id: row.reference },
      organisation: context.organisation,
      sentAt: at,
    });
    // The identity is verified whatever happens to this email; a failure is logged for staff to resend by hand.
    if (mail !== undefined) await context.mailer.send(mail).catch(context.onMailError);
  }
}

export type IdentityVerification = ReturnType<typeof createIdentityVerification>;
