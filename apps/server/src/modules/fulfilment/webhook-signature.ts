import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header both directions carry: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const SIGNATURE_HEADER = 'vigie-signature';
// Long enough for a slow network and a small clock drift, short enough that a captured request soon stops working.
const TOLERANCE_SECONDS = 5 * 60;

const mac = (secret: string, t: number, body: Buffer | string) =>
  createHmac('sha256', secret).update(`${t}.`, 'utf8').update(body).digest();

/** The signature header of `body` at `now`, under the dataset's secret. */
export function signBody(secret: string, body: Buffer | string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${mac(secret, t, body).toString('hex')}`;
}

/**
 * Checks a signature header against the raw body: `bad` when missing, malformed or not made with the secret
 * (compared in constant time), `expired` when its timestamp is more than five minutes from now either way (a
 * replayed capture, or a forged future stamp).
 */
export function verifyBody(
  secret: string,
  header: string | undefined,
  body: Buffer,
  now: Date,
): 'ok' | 'bad' | 'expired' {
  const parts = new Map(
    (header ?? '').split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isSafeInteger(t) || !/^[0-9a-f]{64}$/.test(given)) return 'bad';
  if (!timingSafeEqual(mac(secret, t, body), Buffer.from(given, 'hex'))) return 'bad';
  return Math.abs(now.getTime() / 1000 - t) > TOLERANCE_SECONDS ? 'expired' : 'ok';
}
