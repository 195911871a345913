import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { FieldCipher, FieldLocation } from '../../crypto/field-cipher.js';
import type { RequestAttachmentsTable } from '../../db/schema.js';
import type { AttachmentFile } from './request-attachments.js';

export type AttachmentRow = Selectable<RequestAttachmentsTable>;
/** The listing reads everything but the file itself. */
export type AttachmentMetadataRow = Omit<AttachmentRow, 'content_encrypted'>;

function at(column: 'name_encrypted' | 'content_encrypted', rowId: string): FieldLocation {
  return { table: 'request_attachments', column, rowId };
}

/** The rows of a request's new attachments: name and bytes encrypted, each bound to its own row. */
export function encryptAttachments(
  cipher: FieldCipher,
  requestId: string,
  files: readonly AttachmentFile[],
  addedBy: string | null,
  now: Date,
): AttachmentRow[] {
  return files.map((file) => {
    const id = randomUUID();
    return {
      id,
      request_id: requestId,
      purpose: file.purpose,
      name_encrypted: cipher.encrypt(file.name, at('name_encrypted', id)),
      media_type: file.mediaType,
      size: file.bytes.length,
      content_encrypted: cipher.encrypt(file.bytes.toString('base64'), at('content_encrypted', id)),
      added_by: addedBy,
      created_at: now.toISOString(),
    };
  });
}

export function decryptAttachmentName(cipher: FieldCipher, row: AttachmentMetadataRow): string {
  return cipher.decrypt(row.name_encrypted, at('name_encrypted', row.id));
}

export function decryptAttachmentContent(cipher: FieldCipher, row: AttachmentRow): Buffer {
  return Buffer.from(cipher.decrypt(row.content_encrypted, at('content_encrypted', row.id)), 'base64');
}
