import type { DeadlinePack, Organisation } from '@vigie/core';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { RequestMailer } from './request-mailer.js';
import type { RequestsStore } from './requests.store.js';
import type { VerificationHasher } from './verification-secret.js';

/** What the requests use cases share, built once by requests.services.ts. */
export interface RequestsContext {
  readonly store: RequestsStore;
  readonly cipher: FieldCipher;
  readonly emailIndex: (email: string) => string;
  readonly hasher: VerificationHasher;
  readonly pack: DeadlinePack;
  readonly organisation: Organisation;
  /** Undefined when SMTP_URL is not configured: intake is then refused. */
  readonly mailer: RequestMailer | undefined;
  readonly publicUrl: string;
  readonly now: () => Date;
  /** Mail that could not be sent after the answer was given (never with the address or the content). */
  readonly onMailError: (error: unknown) => void;
}
