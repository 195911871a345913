import type { RequestSubmission } from '../api/types.js';

/** One attachment as the API takes it: base64 in the JSON body. */
export type AttachmentUpload = NonNullable<RequestSubmission['attachments']>[number];

/** The files chosen in the form; the proof counts only while someone else applies. */
export interface ChosenFiles {
  readonly proof: File | null;
  readonly identityDocument: File | null;
}

export const NO_FILES: ChosenFiles = { proof: null, identityDocument: null };

// The same limit and types as the server (request-attachments.ts, attachment-type.ts). The page checks the size and
// the name's type so that the person hears at once; the server reads the type from the bytes and has the last word.
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/heic', 'image/heif'];
const EXTENSIONS = ['.pdf', '.png', '.jpg', '.jpeg', '.webp', '.heic', '.heif'];
/** For the file picker: what it offers first (anything can still be chosen, and is then refused with a reason). */
export const ACCEPTED_FILES = [...TYPES, ...EXTENSIONS].join(',');

export type FileError = 'proofRequired' | 'fileEmpty' | 'fileTooLarge' | 'fileType';

function fileError(file: Pick<File, 'name' | 'size' | 'type'>): FileError | undefined {
  if (file.size === 0) return 'fileEmpty';
  if (file.size > MAX_FILE_BYTES) return 'fileTooLarge';
  const name = file.name.toLowerCase();
  if (!TYPES.includes(file.type) && !EXTENSIONS.some((extension) => name.endsWith(extension))) return 'fileType';
  return undefined;
}

/** The files the form will send, in the order it sends them (the server names a refused one by its position). */
export function filesToSend(role: string, files: ChosenFiles): { field: keyof ChosenFiles; file: File }[] {
  const sent: { field: keyof ChosenFiles; file: File }[] = [];
  if (role !== 'self' && files.proof !== null) sent.push({ field: 'proof', file: files.proof });
  if (files.identityDocument !== null) sent.push({ field: 'identityDocument', file: files.identityDocument });
  return sent;
}

/** What must change in the chosen files before sending: a representative's proof, sizes and types. */
export function validateFiles(role: string, files: ChosenFiles): Partial<Record<keyof ChosenFiles, FileError>> {
  const errors: Partial<Record<keyof ChosenFiles, FileError>> = {};
  if (role !== 'self' && files.proof === null) errors.proof = 'proofRequired';
  for (const { field, file } of filesToSend(role, files)) {
    const error = fileError(file);
    if (error !== undefined) errors[field] = error;
  }
  return errors;
}

/** The file's bytes as standard base64, read in the browser (nothing leaves it before the form is sent). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      // A data URL: `data:<type>;base64,<data>`.
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/** The attachments of the submission, read from the chosen files. */
export function readUploads(role: string, files: ChosenFiles): Promise<AttachmentUpload[]> {
  return Promise.all(
    filesToSend(role, files).map(async ({ field, file }) => ({
      purpose: field === 'proof' ? ('proof-of-capacity' as const) : ('identity-document' as const),
      name: file.name,
      data: await readAsBase64(file),
    })),
  );
}
