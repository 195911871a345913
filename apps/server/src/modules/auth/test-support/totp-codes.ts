import { base32Decode } from '../base32.js';
import { hotp, totpStep } from '../totp.js';

/** The code an authenticator app holding `secret` (base32, as enrolment shows it) displays at `at`. */
export function codeAt(secret: string, at: Date): string {
  const key = base32Decode(secret);
  if (key === undefined) throw new Error('not a base32 secret');
  return hotp(key, totpStep(at));
}
