import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { toString as qrCodeString } from 'qrcode';
import { base32Encode } from './base32.js';

/**
 * RFC 6238 with the parameters every authenticator app supports by default: HMAC-SHA1, 30-second steps, 6 digits.
 * SHA-1 is fine here: HOTP relies on HMAC, whose security does not rest on SHA-1's collision resistance.
 */
const STEP_SECONDS = 30;
const DIGITS = 6;
/** RFC 4226 §4 asks for 128 bits at least and recommends 160: the length of an SHA-1 key. */
const SECRET_BYTES = 20;
/**
 * One step either side (RFC 6238 §5.2): a code typed in the last seconds of its window, or on a phone whose clock
 * is a little off, still passes. Wider would give a guesser more valid codes per attempt.
 */
const ACCEPTED_DRIFT_STEPS = 1;

export function generateTotpSecret(): Buffer {
  return randomBytes(SECRET_BYTES);
}

/** The RFC 6238 time step of an instant: whole 30-second periods since the Unix epoch. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / STEP_SECONDS);
}

/** RFC 4226 HOTP for one counter value (the time step), as a zero-padded string of `digits` digits. */
export function hotp(secret: Uint8Array, counter: number, digits = DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(message).digest();
  // Dynamic truncation (RFC 4226 §5.3): four bytes at the offset named by the low nibble of the last byte.
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7f_ff_ff_ff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

type TotpCheck =
  | { readonly ok: true; readonly step: number }
  /** `replayed`: the code belongs to a step already used (or older), so it was seen before. */
  | { readonly ok: false; readonly reason: 'invalid' | 'replayed' };

/**
 * Checks a code against the steps around `now`. The matched step is returned so that the caller stores it and a
 * later call with `lastStep` refuses the same code (and any older one): RFC 6238 §5.2 requires a code to be
 * accepted once. Every candidate step is computed and compared in constant time, whatever matches.
 */
export function verifyTotp(secret: Uint8Array, code: string, now: Date, lastStep: number | null = null): TotpCheck {
  const typed = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(typed)) return { ok: false, reason: 'invalid' };
  const current = totpStep(now);
  let matched: number | undefined;
  for (let step = current - ACCEPTED_DRIFT_STEPS; step <= current + ACCEPTED_DRIFT_STEPS; step++) {
    const same = timingSafeEqual(Buffer.from(hotp(secret, step)), Buffer.from(typed));
    // The latest matching step wins: two steps of the window sharing a code is a 1-in-a-million coincidence,
    // and preferring the later one never lets an earlier code through twice.
    if (same) matched = step;
  }
  if (matched === undefined) return { ok: false, reason: 'invalid' };
  if (lastStep !== null && matched <= lastStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step: matched };
}

/**
 * The Key URI that authenticator apps read from the enrolment QR code (Google Authenticator's "Key Uri Format",
 * followed by every other app). The label holds the account name, so the URI is shown to its owner only and never
 * logged.
 */
export function otpauthUri(issuer: string, account: string, secret: Uint8Array): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({
    secret: base32Encode(secret),
    issuer,
    algorithm: 'SHA1',
    digits: String(DIGITS),
    period: String(STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}

/** The URI as an SVG QR code, inline in the enrolment page (no image request carrying the secret). */
export function totpQrSvg(uri: string): Promise<string> {
  return qrCodeString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
