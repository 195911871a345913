import { type DeadlinePack, loadDeadlinePack, type Organisation } from '@vigie/core';
import type { Kysely } from 'kysely';
import { createBlindIndex, normaliseEmail } from '../../crypto/blind-index.js';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { Database } from '../../db/schema.js';
import { createIdentityVerification } from './identity-verification.js';
import { createRequestDesk } from './request-desk.js';
import { createRequestIntake } from './request-intake.js';
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
  return {
    intake: createRequestIntake(context, verification),
    verification,
    desk: createRequestDesk(context, verification),
  };
}
