import { describe, expect, it } from 'vitest';
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  normaliseRecoveryCode,
  RECOVERY_CODE_COUNT,
} from './recovery-codes.js';

describe('recovery codes', () => {
  it('come ten at a time, distinct, as three groups of four characters without look-alikes', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
  });

  it('differ from one set to the next', () => {
    const first = new Set(generateRecoveryCodes());
    expect(generateRecoveryCodes().some((code) => first.has(code))).toBe(false);
  });

  it('are read whatever the case, spaces and dashes', () => {
    expect(normaliseRecoveryCode(' ABCD-efgh – JKMN ')).toBe('abcdefghjkmn');
    expect(hashRecoveryCode('user-1', 'ABCD EFGH JKMN')).toBe(hashRecoveryCode('user-1', 'abcd-efgh-jkmn'));
  });

  it('hash to SHA-256 hex bound to the user, never containing the code', () => {
    const hashed = hashRecoveryCode('user-1', 'abcd-efgh-jkmn');
    expect(hashed).toMatch(/^[0-9a-f]{64}$/);
    expect(hashed).not.toContain('abcd');
    expect(hashRecoveryCode('user-2', 'abcd-efgh-jkmn')).not.toBe(hashed);
  });
});
