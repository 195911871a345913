import type { Organisation, Rights } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { Database } from '../../db/schema.js';
import type { RequestMailer } from '../requests/request-mailer.js';
import { type ComplaintDesk, createComplaintDesk } from './complaint-desk.js';
import { createComplaintsStore } from './complaints.store.js';

/** The complaints register over one store, with the levels and the deadline the declaration sets. */
export function createComplaintsServices(options: {
  readonly db: Kysely<Database>;
  readonly cipher: FieldCipher;
  readonly organisation: Organisation;
  readonly rights: Rights | undefined;
  readonly defaultAckDays: number;
  readonly mailer: RequestMailer | undefined;
  readonly now: () => Date;
}): ComplaintDesk {
  const complaints = options.rights?.complaints;
  return createComplaintDesk({
    store: createComplaintsStore(options.db),
    cipher: options.cipher,
    organisation: options.organisation,
    levels: complaints?.levels ?? [],
    acknowledgementDeadline: complaints?.acknowledgementDeadline,
    defaultAckDays: options.defaultAckDays,
    mailer: options.mailer,
    now: options.now,
  });
}
