import { randomUUID } from 'node:crypto';
import type { FieldCipher, FieldLocation } from '../../crypto/field-cipher.js';
import { type AttachmentRow, decryptAttachmentContent, decryptAttachmentName } from './attachment-record.js';
import type { AttachmentsStore, IdentityCheckRow } from './attachments.store.js';
import type { AttachmentPurpose } from './request-attachments.js';
import type { createRequestDesk } from './request-desk.js';
import { RequestsError } from './requests.errors.js';
import type { RequestsStore } from './requests.store.js';

interface AttachmentSummary {
  readonly id: string;
  readonly purpose: AttachmentPurpose;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly addedBy?: string;
  readonly createdAt: string;
}

interface IdentityCheck {
  readonly method: 'document';
  readonly outcome: 'confirmed' | 'rejected';
  readonly by: string;
  readonly at: string;
  readonly note?: string;
}

interface AttachmentDeskDeps {
  readonly store: AttachmentsStore;
  readonly requests: RequestsStore;
  readonly desk: Pick<ReturnType<typeof createRequestDesk>, 'transition'>;
  readonly cipher: FieldCipher;
  readonly now: () => Date;
}

function noteAt(rowId: string): FieldLocation {
  return { table: 'request_identity_checks', column: 'note_encrypted', rowId };
}

/** Staff side of attachments: list and open the files of a request, and record the check of an identity document. */
export function createAttachmentDesk(deps: AttachmentDeskDeps) {
  const { store, cipher, now } = deps;

  async function existing(requestId: string) {
    const row = await deps.requests.byId(requestId);
    if (row === undefined) throw new RequestsError('requests.not_found');
    return row;
  }

  function checkOf(row: IdentityCheckRow): IdentityCheck {
    return {
      method: row.method,
      outcome: row.outcome,
      by: row.checked_by,
      at: row.checked_at,
      ...(row.note_encrypted === null ? {} : { note: cipher.decrypt(row.note_encrypted, noteAt(row.id)) }),
    };
  }

  return {
    async list(requestId: string): Promise<AttachmentSummary[]> {
      await existing(requestId);
      const rows = await store.list(requestId);
      return rows.map((row) => ({
        id: row.id,
        purpose: row.purpose,
        name: decryptAttachmentName(cipher, row),
        mediaType: row.media_type,
        size: row.size,
        ...(row.added_by === null ? {} : { addedBy: row.added_by }),
        createdAt: row.created_at,
      }));
    },

    /** The file as it was received, with its name and detected type; undefined when this request has no such file. */
    async open(
      requestId: string,
      attachmentId: string,
    ): Promise<{ name: string; mediaType: string; bytes: Buffer } | undefined> {
      const row: AttachmentRow | undefined = await store.byId(requestId, attachmentId);
      if (row === undefined) return undefined;
      return {
        name: decryptAttachmentName(cipher, row),
        mediaType: row.media_type,
        bytes: decryptAttachmentContent(cipher, row),
      };
    },

    async identityCheck(requestId: string): Promise<IdentityCheck | undefined> {
      const row = await store.latestCheck(requestId);
      return row === undefined ? undefined : checkOf(row);
    },

    /**
     * Records a staff check of an identity document. Confirmed, it moves a request awaiting identity on to in
     * progress through the lifecycle (which also voids any emailed code); rejected, it is only recorded: nothing is
     * sent to the requester, who learns nothing from it.
     */
    async checkIdentity(
      requestId: string,
      check: { readonly outcome: 'confirmed' | 'rejected'; readonly note?: string | undefined },
      by: string,
    ): Promise<{ check: IdentityCheck; movedToInProgress: boolean }> {
      const request = await existing(requestId);
      const id = randomUUID();
      const row: IdentityCheckRow = {
        id,
        request_id: requestId,
        method: 'document',
        outcome: check.outcome,
        note_encrypted: check.note === undefined || check.note === '' ? null : cipher.encrypt(check.note, noteAt(id)),
        checked_by: by,
        checked_at: now().toISOString(),
      };
      await store.recordCheck(row);
      const moves = check.outcome === 'confirmed' && request.state === 'awaiting-identity';
      if (moves) await deps.desk.transition(requestId, 'in-progress');
      return { check: checkOf(row), movedToInProgress: moves };
    },
  };
}

export type AttachmentDesk = ReturnType<typeof createAttachmentDesk>;
