import { type DeadlinePack, loadDeadlinePack, type Organisation } from '@vigie/core';
import type { Kysely } from 'kysely';
import { createBlindIndex, normaliseEmail } from '../../crypto/blind-index.js';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { Database } from '../../db/schema.js';
import { latestJournalEntries } from '../journal/journal.listing.js';
import { type AttachmentDesk, createAttachmentDesk } from './attachment-desk.js';
import { createAttachmentsStore } from './attachments.store.js';
import { createIdentityVerification } from './identity-verification.js';
import { keptByFulfilment } from './letter-kept.js';
import { createRequestAssignment, type RequestAssignment } from './request-assignment.js';
import { createRequestDesk } from './request-desk.js';
import { createDeskStore } from './request-desk.store.js';
import { createRequestExtension } from './request-extension.js';
import { createRequestIntake } from './request-intake.js';
import { createRequestLetters, type RequestLetters } from './request-letter.js';
import type { RequestMailer } from './request-mailer.js';
import { createRequestsStore } from './requests.store.js';
import { createVerificationHasher } from './verification-secret.js';

interface RequestsServicesOptions {
  readonly db: Kysely<Database>;
  readonly cipher: FieldCipher;
  readonly keyring: Pick<Keyring, 'indexKey'>;
  readonly organisation: Organisation;
  readonly mailer: RequestMailer | undefined;
  readonly publicUrl: string;
  readonly now: () => Date;
  readonly onMailError: (error: unknown) => void;
  /** The shipped deadline pack unless a test gives another. */
  readonly pack?: DeadlinePack;
}

/** The rights-requests use cases over one store: intake, identity verification, and the staff desk. */
export interface RequestsServices {
  readonly intake: ReturnType<typeof createRequestIntake>;
  readonly verification: ReturnType<typeof createIdentityVerification>;
  readonly desk: ReturnType<typeof createRequestDesk>;
  readonly attachments: AttachmentDesk;
  readonly assignment: RequestAssignment;
  readonly extend: ReturnType<typeof createRequestExtension>;
  readonly letters: RequestLetters;
  /** The letters sent for a request, oldest first. */
  lettersOf(id: string): Promise<{ kind: string; language: 'fr' | 'en'; sent_at: string }[]>;
  /** Remembers the language a staff member reads the desk in: their reminders are written in it. */
  rememberLanguage(userId: string, language: 'fr' | 'en'): Promise<void>;
  /** The journal entries about a request, newest first. */
  journalOf(id: string, limit: number): ReturnType<typeof latestJournalEntries>;
}

export function createRequestsServices(options: RequestsServicesOptions): RequestsServices {
  const context = {
    store: createRequestsStore(options.db),
    cipher: options.cipher,
    emailIndex: createBlindIndex({ keyring: options.keyring, purpose: 'requests.email', normalise: normaliseEmail }),
    hasher: createVerificationHasher(options.keyring),
    pack: options.pack ?? loadDeadlinePack(),
    organisation: options.organisation,
    mailer: options.mailer,
    publicUrl: options.publicUrl,
    now: options.now,
    onMailError: options.onMailError,
  };
  const verification = createIdentityVerification(context);
  const desk = createRequestDesk(context, verification);
  const deskStore = createDeskStore(options.db);
  const deskContext = { ...context, desk: deskStore };
  return {
    assignment: createRequestAssignment({
      requests: context.store,
      desk: deskStore,
      cipher: options.cipher,
      now: options.now,
    }),
    extend: createRequestExtension(deskContext),
    letters: createRequestLetters({
      ...deskContext,
      kept: (id) => keptByFulfilment(options.db, options.cipher, id),
    }),
    lettersOf: (id) => deskStore.lettersOf(id),
    rememberLanguage: (userId, language) => deskStore.rememberLanguage(userId, language),
    journalOf: (id, limit) => latestJournalEntries(options.db, { subject: `request:${id}`, limit }),
    intake: createRequestIntake(context, verification),
    verification,
    desk,
    attachments: createAttachmentDesk({
      store: createAttachmentsStore(options.db),
      requests: context.store,
      desk,
      cipher: options.cipher,
      now: options.now,
    }),
  };
}
