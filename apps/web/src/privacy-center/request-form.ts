import type { Problem } from '../api/problem.js';
import type { RequestSubmission } from '../api/types.js';
import type { Lang } from '../i18n/lang.js';
import {
  type AttachmentUpload,
  type ChosenFiles,
  type FileError,
  NO_FILES,
  validateFiles,
} from './attachment-files.js';

// The same lists and limits as the server's schema (requests.schemas.ts, from @vigie/core): the page checks
// first so that the person hears about a mistake at once; the server checks again and has the last word.
type RequestKindChoice = RequestSubmission['kind'];
// A record rather than a list so that the build fails if the server learns a kind the form does not offer.
const OFFERED_KINDS: Readonly<Record<RequestKindChoice, true>> = {
  access: true,
  rectification: true,
  erasure: true,
  portability: true,
  'withdrawal-of-consent': true,
  restriction: true,
  objection: true,
  'objection-to-marketing': true,
  'cessation-of-dissemination': true,
  'automated-decision-review': true,
  'post-mortem-directives': true,
};
export const REQUEST_KINDS = Object.keys(OFFERED_KINDS) as readonly RequestKindChoice[];

export const APPLICANT_ROLES = ['self', 'parent-or-tutor', 'mandatary', 'heir', 'executor'] as const;
type ApplicantRole = (typeof APPLICANT_ROLES)[number];

export const REGIONS = ['QC', 'CA', 'EU', 'other'] as const satisfies readonly NonNullable<
  RequestSubmission['region']
>[];
export type Region = (typeof REGIONS)[number];

export const DETAILS_MAX = 5000;
const PHONE = /^[+0-9 ().-]{4,32}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface RequestFormValues {
  readonly kind: RequestKindChoice | null;
  readonly role: ApplicantRole;
  readonly representedName: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly details: string;
  readonly region: Region | null;
}

/** The form's fields in the order they appear, so that focus goes to the first one to fix. */
export const FORM_FIELDS = [
  'kind',
  'role',
  'representedName',
  'proof',
  'identityDocument',
  'name',
  'email',
  'phone',
  'details',
  'region',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export type FormError =
  | 'kindRequired'
  | 'representedNameRequired'
  | 'nameRequired'
  | 'emailRequired'
  | 'emailInvalid'
  | 'phoneInvalid'
  | 'detailsTooLong'
  | FileError
  | 'fileUnreadable';

/** What the person must fix before the form is sent, by field. */
export function validateRequest(
  values: RequestFormValues,
  files: ChosenFiles = NO_FILES,
): Partial<Record<FormField, FormError>> {
  const errors: Partial<Record<FormField, FormError>> = { ...validateFiles(values.role, files) };
  if (values.kind === null) errors.kind = 'kindRequired';
  if (values.role !== 'self' && values.representedName.trim() === '')
    errors.representedName = 'representedNameRequired';
  if (values.name.trim() === '') errors.name = 'nameRequired';
  if (values.email.trim() === '') errors.email = 'emailRequired';
  else if (!EMAIL.test(values.email.trim())) errors.email = 'emailInvalid';
  if (values.phone.trim() !== '' && !PHONE.test(values.phone.trim())) errors.phone = 'phoneInvalid';
  if (values.details.trim().length > DETAILS_MAX) errors.details = 'detailsTooLong';
  return errors;
}

/** The body the API takes; empty optional fields are left out rather than sent empty. */
export function toSubmission(
  values: RequestFormValues & { kind: RequestKindChoice },
  lang: Lang,
  attachments: readonly AttachmentUpload[] = [],
): RequestSubmission {
  const phone = values.phone.trim();
  const details = values.details.trim();
  return {
    kind: values.kind,
    applicant:
      values.role === 'self' ? { role: 'self' } : { role: values.role, representedName: values.representedName.trim() },
    requester: { name: values.name.trim(), email: values.email.trim(), ...(phone === '' ? {} : { phone }) },
    ...(details === '' ? {} : { details }),
    language: lang,
    ...(values.region === null ? {} : { region: values.region }),
    ...(attachments.length === 0 ? {} : { attachments: [...attachments] }),
  };
}

// Where the server's validation errors point (`body.requester.email`…), as the form's fields.
const SERVER_PATHS: Readonly<Record<string, FormField>> = {
  'body.kind': 'kind',
  'body.applicant': 'role',
  'body.applicant.role': 'role',
  'body.applicant.representedName': 'representedName',
  'body.requester.name': 'name',
  'body.requester.email': 'email',
  'body.requester.phone': 'phone',
  'body.details': 'details',
  'body.region': 'region',
  'body.attachments': 'proof',
};

/**
 * The server's message for each refused field (the first one: one thing to fix at a time). A refused file is named
 * by its position in what was sent (`body.attachments.1`): `sent` gives the field of each position.
 */
export function serverFieldErrors(
  problem: Problem | null,
  lang: Lang,
  sent: readonly FormField[] = [],
): Partial<Record<FormField, string>> {
  const messages: Partial<Record<FormField, string>> = {};
  for (const error of problem?.errors ?? []) {
    const position = /^body\.attachments\.(\d+)/.exec(error.path)?.[1];
    const field = position === undefined ? SERVER_PATHS[error.path] : sent[Number(position)];
    if (field !== undefined) messages[field] ??= error.message;
  }
  // Not a validation error, but about one field: the law that applies does not provide for this kind.
  if (problem?.code === 'requests.kind_not_available') messages.kind ??= problem.detail[lang];
  return messages;
}
