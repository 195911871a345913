import { describe, expect, it } from 'vitest';
import type { FieldLocation } from './field-cipher.js';
import { codeOf, newInstallation } from './test-support/installation.js';

const at: FieldLocation = {
  table: 'requests',
  column: 'requester_email',
  rowId: '5b0c6a52-6d1f-4c4b-9d1e-0f6a1c2b3d4e',
};
const email = 'marie-ève.tremblay@exemple.qc.ca';

describe('field encryption', () => {
  it('gives back the value that was encrypted, accents, emoji and empty text included', () => {
    const { cipher } = newInstallation();
    for (const value of [email, 'Note : l’assurée a rappelé 🙂', '', 'x'.repeat(100_000)]) {
      expect(cipher.decrypt(cipher.encrypt(value, at), at)).toBe(value);
    }
  });

  it('writes the same value differently every time, with a new IV for every field', () => {
    const { cipher } = newInstallation();
    // 1,000 fields span several blocks of the IV source.
    const ciphertexts = Array.from({ length: 1000 }, () => cipher.encrypt(email, at));
    expect(new Set(ciphertexts).size).toBe(1000);
    const ivs = ciphertexts.map((stored) => Buffer.from(stored, 'base64url').subarray(5, 17).toString('hex'));
    expect(new Set(ivs).size).toBe(1000);
    for (const stored of ciphertexts.slice(-3)) expect(cipher.decrypt(stored, at)).toBe(email);
  });

  it('never lets the plaintext appear in the stored text or its bytes', () => {
    const { cipher } = newInstallation();
    const value = `${email} `.repeat(50);
    const stored = cipher.encrypt(value, at);
    expect(stored).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(stored.toLowerCase()).not.toContain('tremblay');
    expect(Buffer.from(stored, 'base64url').includes(Buffer.from('tremblay'))).toBe(false);
  });

  it('stores a version byte and the data key id at the start of the ciphertext', () => {
    const { cipher, keyring } = newInstallation();
    const bytes = Buffer.from(cipher.encrypt(email, at), 'base64url');
    expect(bytes[0]).toBe(1);
    expect(bytes.subarray(1, 5).toString('hex')).toBe(keyring.activeDataKeyId);
    expect(cipher.keyIdOf(cipher.encrypt(email, at))).toBe(keyring.activeDataKeyId);
    // header 5 + IV 12 + tag 16 + the UTF-8 bytes of the value, nothing else
    expect(bytes.length).toBe(5 + 12 + 16 + Buffer.byteLength(email));
  });

  it('refuses a ciphertext with any single bit flipped', () => {
    const { cipher } = newInstallation();
    const bytes = Buffer.from(cipher.encrypt(email, at), 'base64url');
    for (let index = 0; index < bytes.length; index++) {
      const altered = Buffer.from(bytes);
      altered[index] = (altered[index] ?? 0) ^ (1 << (index % 8));
      const code = codeOf(() => cipher.decrypt(altered.toString('base64url'), at));
      // A flipped bit in the key id names a key this keyring does not hold; anywhere else the tag breaks.
      expect(code).toBe(index >= 1 && index < 5 ? 'crypto.unknown_key' : 'crypto.decrypt_failed');
    }
  });

  it('refuses a ciphertext moved to another row, column or table', () => {
    const { cipher } = newInstallation();
    const stored = cipher.encrypt(email, at);
    for (const elsewhere of [
      { ...at, rowId: 'f3a1b2c4-0000-4000-8000-000000000000' },
      { ...at, column: 'requester_name' },
      { ...at, table: 'incidents' },
      // The parts are length-prefixed: shifting text from one part to the next is another location.
      { table: 'requestsrequester', column: '_email', rowId: at.rowId },
    ]) {
      expect(codeOf(() => cipher.decrypt(stored, elsewhere))).toBe('crypto.decrypt_failed');
    }
  });

  it('refuses a ciphertext of another installation with crypto.unknown_key', () => {
    const ours = newInstallation();
    const theirs = newInstallation();
    const stored = theirs.cipher.encrypt(email, at);
    expect(codeOf(() => ours.cipher.decrypt(stored, at))).toBe('crypto.unknown_key');
  });

  it('refuses a ciphertext relabelled with another data key id with crypto.decrypt_failed', () => {
    const ours = newInstallation();
    const theirs = newInstallation();
    const bytes = Buffer.from(theirs.cipher.encrypt(email, at), 'base64url');
    // Claim our key: the key is wrong for these bytes, and the header is authenticated as well.
    Buffer.from(ours.keyring.activeDataKeyId, 'hex').copy(bytes, 1);
    expect(codeOf(() => ours.cipher.decrypt(bytes.toString('base64url'), at))).toBe('crypto.decrypt_failed');
  });

  it('refuses values that are not ciphertexts, such as plaintext left in the column', () => {
    const { cipher } = newInstallation();
    const stored = cipher.encrypt(email, at);
    for (const value of [email, '', 'AQ', stored.slice(0, 40), `${stored}=`, `${stored.slice(0, -1)}+`]) {
      expect(codeOf(() => cipher.decrypt(value, at))).toBe('crypto.decrypt_failed');
    }
  });

  it('names the row in its errors but never the value or the ciphertext', () => {
    const { cipher } = newInstallation();
    const stored = cipher.encrypt(email, at);
    let caught: unknown;
    try {
      cipher.decrypt(stored, { ...at, column: 'notes' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'crypto.decrypt_failed', detail: { table: 'requests', rowId: at.rowId } });
    const serialised = JSON.stringify(caught) + String(caught) + ((caught as Error).stack ?? '');
    expect(serialised).not.toContain('tremblay');
    expect(serialised).not.toContain(stored.slice(10, 30));
  });
});
