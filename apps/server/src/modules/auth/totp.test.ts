import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from './base32.js';
import { generateTotpSecret, hotp, otpauthUri, totpQrSvg, totpStep, verifyTotp } from './totp.js';

const RFC_SEED = Buffer.from('12345678901234567890', 'ascii');

describe('RFC 4648 base32', () => {
  // RFC 4648 §10 test vectors, padding removed as the otpauth format asks.
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ];

  it.each(vectors)('encodes %j as %s and reads it back', (text, encoded) => {
    expect(base32Encode(Buffer.from(text, 'ascii'))).toBe(encoded);
    expect(base32Decode(encoded)?.toString('ascii')).toBe(text);
  });

  it('reads padded, lower-case and spaced input, and refuses other characters or stray bits', () => {
    expect(base32Decode('MZXW6YQ=')?.toString('ascii')).toBe('foob');
    expect(base32Decode('mzxw 6ytb oi')?.toString('ascii')).toBe('foobar');
    expect(base32Decode('MZXW1')).toBeUndefined();
    // « f » is 01100110: « MY » carries it with two zero bits after; « MZ » leaves a stray 1 bit.
    expect(base32Decode('MY')?.toString('ascii')).toBe('f');
    expect(base32Decode('MZ')).toBeUndefined();
  });

  it('round-trips a 20-byte secret into 32 characters', () => {
    const secret = generateTotpSecret();
    expect(secret).toHaveLength(20);
    const encoded = base32Encode(secret);
    expect(encoded).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(encoded)?.equals(secret)).toBe(true);
  });
});

describe('RFC 6238 TOTP', () => {
  // RFC 6238 Appendix B, SHA1 column (seed "12345678901234567890", 30-second steps, 8 digits).
  const vectors: [number, string][] = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];

  it.each(vectors)('gives the Appendix B code at T = %i s', (seconds, code) => {
    const step = totpStep(new Date(seconds * 1000));
    expect(hotp(RFC_SEED, step, 8)).toBe(code);
    // Six digits are the same value truncated to its last six digits.
    expect(hotp(RFC_SEED, step)).toBe(code.slice(2));
  });

  it('accepts the current step and one step either side, and returns the step matched', () => {
    const now = new Date(1234567890 * 1000);
    const step = totpStep(now);
    for (const offset of [-1, 0, 1]) {
      expect(verifyTotp(RFC_SEED, hotp(RFC_SEED, step + offset), now)).toEqual({ ok: true, step: step + offset });
    }
    expect(verifyTotp(RFC_SEED, hotp(RFC_SEED, step - 2), now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyTotp(RFC_SEED, hotp(RFC_SEED, step + 2), now)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a code whose step was already used, and any older one', () => {
    const now = new Date(1234567890 * 1000);
    const step = totpStep(now);
    const code = hotp(RFC_SEED, step);
    expect(verifyTotp(RFC_SEED, code, now, step)).toEqual({ ok: false, reason: 'replayed' });
    expect(verifyTotp(RFC_SEED, hotp(RFC_SEED, step - 1), now, step)).toEqual({ ok: false, reason: 'replayed' });
    expect(verifyTotp(RFC_SEED, hotp(RFC_SEED, step + 1), now, step)).toEqual({ ok: true, step: step + 1 });
  });

  it('tolerates spaces but refuses anything that is not six digits', () => {
    const now = new Date(59_000);
    const code = hotp(RFC_SEED, totpStep(now));
    expect(verifyTotp(RFC_SEED, `${code.slice(0, 3)} ${code.slice(3)}`, now).ok).toBe(true);
    expect(verifyTotp(RFC_SEED, code.slice(1), now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyTotp(RFC_SEED, `${code}0`, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyTotp(RFC_SEED, 'abcdef', now)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('enrolment URI and QR code', () => {
  it('writes the Key URI apps read, with the secret in base32 and the parameters in use', () => {
    const uri = otpauthUri('Vigie Santé', 'marie@example.org', Buffer.from('foobar', 'ascii'));
    const url = new URL(uri);
    expect(url.protocol).toBe('otpauth:');
    expect(uri.startsWith('otpauth://totp/Vigie%20Sant%C3%A9:marie%40example.org?')).toBe(true);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      secret: 'MZXW6YTBOI',
      issuer: 'Vigie Santé',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });

  it('draws the URI as an SVG QR code', async () => {
    const svg = await totpQrSvg('otpauth://totp/Vigie:someone?secret=MZXW6YTBOI&issuer=Vigie');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<path');
  });
});
