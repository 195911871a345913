import { describe, expect, it } from 'vitest';
import type { Problem } from '../api/problem.js';
import { filesToSend, MAX_FILE_BYTES, NO_FILES, validateFiles } from './attachment-files.js';
import { serverFieldErrors } from './request-form.js';

const pdf = (size = 10, name = 'mandat.pdf', type = 'application/pdf') =>
  new File([new Uint8Array(size)], name, { type });

describe('the files of the request form', () => {
  it('asks a representative for a proof of capacity, and nobody for an ID copy', () => {
    expect(validateFiles('self', NO_FILES)).toEqual({});
    expect(validateFiles('mandatary', NO_FILES)).toEqual({ proof: 'proofRequired' });
    expect(validateFiles('heir', { proof: pdf(), identityDocument: null })).toEqual({});
  });

  it('refuses an empty file, one over 5 MiB and one whose name and type are neither PDF nor image', () => {
    expect(validateFiles('executor', { proof: pdf(0), identityDocument: null })).toEqual({ proof: 'fileEmpty' });
    expect(validateFiles('self', { proof: null, identityDocument: pdf(MAX_FILE_BYTES + 1) })).toEqual({
      identityDocument: 'fileTooLarge',
    });
    expect(validateFiles('self', { proof: null, identityDocument: pdf(10, 'setup.exe', '') })).toEqual({
      identityDocument: 'fileType',
    });
    // A photo from a phone whose browser gives no type is judged by its name.
    expect(validateFiles('self', { proof: null, identityDocument: pdf(10, 'IMG_0042.HEIC', '') })).toEqual({});
  });

  it('sends the proof only while someone else applies, and maps the server’s refusal by position', () => {
    const files = { proof: pdf(), identityDocument: pdf(10, 'permis.png', 'image/png') };
    expect(filesToSend('self', files).map((sent) => sent.field)).toEqual(['identityDocument']);
    expect(filesToSend('parent-or-tutor', files).map((sent) => sent.field)).toEqual(['proof', 'identityDocument']);
    const problem: Problem = {
      status: 422,
      code: 'requests.attachment_refused',
      detail: { fr: 'Refusée', en: 'Refused' },
      errors: [{ path: 'body.attachments.1', message: 'Attachment 2 ("permis.png") is refused: the file is empty.' }],
    };
    expect(serverFieldErrors(problem, 'en', ['proof', 'identityDocument'])).toEqual({
      identityDocument: 'Attachment 2 ("permis.png") is refused: the file is empty.',
    });
    expect(serverFieldErrors(problem, 'en', ['identityDocument', 'proof'])).toEqual({
      proof: 'Attachment 2 ("permis.png") is refused: the file is empty.',
    });
  });
});
