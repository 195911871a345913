import { type AttachmentMediaType, detectMediaType } from './attachment-type.js';

export const ATTACHMENT_PURPOSES = ['proof-of-capacity', 'identity-document'] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];

/** A few pages of scans: a proof of capacity and both sides of an ID, at most. */
export const MAX_ATTACHMENTS = 3;
/** A phone photo or a scanned PDF of a few pages fits; a whole file archive does not belong in a request. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/** The form itself (fields and JSON framing), as the general body limit allows. */
const FORM_BYTES = 64 * 1024;

/** Length of the base64 text of `bytes` bytes (with padding). */
function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/** The body limit of a route taking attachments: the form plus the largest files allowed, as base64. */
export const ATTACHMENTS_BODY_LIMIT = FORM_BYTES + MAX_ATTACHMENTS * base64Length(MAX_ATTACHMENT_BYTES);

/** An attachment as the JSON body carries it. */
export interface AttachmentUpload {
  readonly purpose: AttachmentPurpose;
  readonly name: string;
  /** The file, standard base64. */
  readonly data: string;
}

/** An attachment whose bytes were checked: not empty, not over the limit, and of an accepted type. */
export interface AttachmentFile {
  readonly purpose: AttachmentPurpose;
  readonly name: string;
  readonly mediaType: AttachmentMediaType;
  readonly bytes: Buffer;
}

export type AttachmentRefusalReason = 'not-base64' | 'empty' | 'too-large' | 'type-not-accepted';

type AttachmentsReading =
  | { readonly ok: true; readonly files: readonly AttachmentFile[] }
  | { readonly ok: false; readonly index: number; readonly name: string; readonly reason: AttachmentRefusalReason };

// Buffer.from skips characters outside the alphabet; a file sent with any is refused, not silently altered. A plain
// character class (no repeated group) keeps the test linear and shallow on megabytes of text.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function readOne(upload: AttachmentUpload): AttachmentFile | AttachmentRefusalReason {
  if (upload.data.length % 4 !== 0 || !BASE64.test(upload.data)) return 'not-base64';
  const bytes = Buffer.from(upload.data, 'base64');
  if (bytes.length === 0) return 'empty';
  if (bytes.length > MAX_ATTACHMENT_BYTES) return 'too-large';
  const mediaType = detectMediaType(bytes);
  if (mediaType === undefined) return 'type-not-accepted';
  return { purpose: upload.purpose, name: upload.name, mediaType, bytes };
}

/** Decodes and checks every attachment; the first one refused stops the reading (nothing is stored then). */
export function readAttachments(uploads: readonly AttachmentUpload[]): AttachmentsReading {
  const files: AttachmentFile[] = [];
  for (const [index, upload] of uploads.entries()) {
    const read = readOne(upload);
    if (typeof read === 'string') return { ok: false, index, name: upload.name, reason: read };
    files.push(read);
  }
  return { ok: true, files };
}

/** A representative acts for someone else: the law lets them only with proof they may (mandate, tutorship…). */
export function lacksProofOfCapacity(role: string, files: readonly { readonly purpose: AttachmentPurpose }[]): boolean {
  return role !== 'self' && !files.some((file) => file.purpose === 'proof-of-capacity');
}
