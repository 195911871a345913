import { describe, expect, it } from 'vitest';
import { CryptoError, cryptoErrorText } from './crypto.errors.js';

describe('crypto errors', () => {
  it('say every code in French and in English', () => {
    for (const [code, text] of Object.entries(cryptoErrorText)) {
      expect(code).toMatch(/^crypto\.[a-z_]+$/);
      expect(text.en.length).toBeGreaterThan(20);
      expect(text.fr.length).toBeGreaterThan(20);
      expect(text.fr).not.toBe(text.en);
    }
  });

  it('carry the stable code and identifiers only', () => {
    const error = new CryptoError('crypto.unknown_key', { keyId: '0a1b2c3d', table: 'requests' });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('crypto.unknown_key');
    expect(error.detail).toEqual({ keyId: '0a1b2c3d', table: 'requests' });
    expect(error.message).toBe(`crypto.unknown_key: ${cryptoErrorText['crypto.unknown_key'].en}`);
  });
});
