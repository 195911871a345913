import type { Localized } from '@vigie/core';
import { ProblemError } from '../../app/problem.js';
import {
  type AttachmentFile,
  type AttachmentRefusalReason,
  type AttachmentUpload,
  lacksProofOfCapacity,
  MAX_ATTACHMENT_BYTES,
  readAttachments,
} from './request-attachments.js';

const MAX_MIB = MAX_ATTACHMENT_BYTES / (1024 * 1024);

const WHY: Readonly<Record<AttachmentRefusalReason, Localized>> = {
  'not-base64': {
    fr: 'son contenu n’est pas encodé en base64',
    en: 'its content is not base64-encoded',
  },
  empty: { fr: 'le fichier est vide', en: 'the file is empty' },
  'too-large': {
    fr: `le fichier dépasse ${MAX_MIB} Mio`,
    en: `the file is larger than ${MAX_MIB} MiB`,
  },
  'type-not-accepted': {
    fr: 'ce n’est pas un PDF ni une image PNG, JPEG, WebP ou HEIC (le type est lu dans le contenu, pas dans le nom)',
    en: 'it is not a PDF nor a PNG, JPEG, WebP or HEIC image (the type is read from the content, not the name)',
  },
};

/** 422 naming the attachment refused (its position from 1 and its name) and why; nothing was stored. */
function attachmentRefused(index: number, name: string, reason: AttachmentRefusalReason): ProblemError {
  const why = WHY[reason];
  const message = {
    fr: `La pièce jointe ${index + 1} (« ${name} ») est refusée : ${why.fr}.`,
    en: `Attachment ${index + 1} ("${name}") is refused: ${why.en}.`,
  };
  return new ProblemError({
    code: 'requests.attachment_refused',
    status: 422,
    detail: {
      fr: `${message.fr} La demande n’a pas été enregistrée.`,
      en: `${message.en} The request was not recorded.`,
    },
    errors: [{ path: `body.attachments.${index}`, message }],
    extra: { attachment: { index, name, reason } },
  });
}

/** 422 when a representative sends no proof that they may act for the person. */
const PROOF_OF_CAPACITY_REQUIRED = new ProblemError({
  code: 'requests.proof_of_capacity_required',
  status: 422,
  detail: {
    fr: 'Une personne qui agit pour une autre doit joindre une preuve de sa qualité (mandat, jugement de tutelle, acte de naissance de l’enfant, preuve de la qualité d’héritier ou de liquidateur). La demande n’a pas été enregistrée.',
    en: 'A person acting for someone else must attach proof of their capacity (mandate, tutorship judgment, the child’s birth certificate, proof of being an heir or executor). The request was not recorded.',
  },
  errors: [
    {
      path: 'body.attachments',
      message: {
        fr: 'Joignez une preuve de votre qualité de représentant.',
        en: 'Attach proof of your capacity as a representative.',
      },
    },
  ],
});

export const ATTACHMENT_NOT_FOUND = new ProblemError({
  code: 'requests.attachment_not_found',
  status: 404,
  detail: { fr: 'Cette pièce jointe n’existe pas.', en: 'This attachment does not exist.' },
});

/**
 * The checked files of a submission, or the problem that refuses it before anything is stored. `applicantRole` is
 * given where a representative must prove their capacity (the privacy center; staff may have seen it on paper).
 */
export function acceptedAttachments(
  uploads: readonly AttachmentUpload[] | undefined,
  applicantRole?: string,
): readonly AttachmentFile[] {
  const reading = readAttachments(uploads ?? []);
  if (!reading.ok) throw attachmentRefused(reading.index, reading.name, reading.reason);
  if (applicantRole !== undefined && lacksProofOfCapacity(applicantRole, reading.files)) {
    throw PROOF_OF_CAPACITY_REQUIRED;
  }
  return reading.files;
}
