import { describe, expect, it } from 'vitest';
import { isTotpCode, normaliseTotpCode } from './code-input.js';

describe('TOTP code input', () => {
  it('accepts a code pasted with the spaces or dash apps show', () => {
    expect(normaliseTotpCode(' 123 456 ')).toBe('123456');
    expect(normaliseTotpCode('123-456')).toBe('123456');
    expect(isTotpCode(normaliseTotpCode('123 456'))).toBe(true);
  });

  it('refuses anything but exactly six digits', () => {
    expect(isTotpCode('12345')).toBe(false);
    expect(isTotpCode('1234567')).toBe(false);
    expect(isTotpCode('12a456')).toBe(false);
  });
});
