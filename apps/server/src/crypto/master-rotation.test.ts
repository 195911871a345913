import { describe, expect, it } from 'vitest';
import { createBlindIndex, normaliseEmail } from './blind-index.js';
import { createFieldCipher } from './field-cipher.js';
import { createKeyRecord } from './key-records.js';
import { openKeyring } from './keyring.js';
import { generateMasterKey, parseMasterKey } from './master-key.js';
import { rewrapKeyRecords } from './master-rotation.js';
import { codeOf, newInstallation } from './test-support/installation.js';

const rows = Array.from({ length: 50 }, (_, n) => ({
  location: { table: 'requests', column: 'requester_email', rowId: `row-${n}` },
  email: `personne${n}@exemple.fr`,
}));

describe('master-key rotation', () => {
  it('keeps every field readable and every blind index unchanged, without touching a ciphertext', () => {
    // An installation of 2024 whose data key was rotated in 2025: fields exist under both data keys.
    const { master, records, cipher: cipher2024 } = newInstallation(new Date('2024-01-01T00:00:00Z'));
    const allRecords = [...records, createKeyRecord({ master, kind: 'data', now: new Date('2025-01-01T00:00:00Z') })];
    const keyring = openKeyring({ masterKeys: [master], records: allRecords });
    const cipher2025 = createFieldCipher({ keyring });
    const indexBefore = createBlindIndex({ keyring, purpose: 'requester.email', normalise: normaliseEmail });
    const stored = rows.map((row, n) => ({
      ...row,
      ciphertext: (n % 2 ? cipher2025 : cipher2024).encrypt(row.email, row.location),
      index: indexBefore(row.email),
    }));
    expect(new Set(stored.map((row) => cipher2025.keyIdOf(row.ciphertext))).size).toBe(2);

    const next = parseMasterKey(generateMasterKey());
    const rewrapped = rewrapKeyRecords({ records: allRecords, from: [master], to: next });

    expect(rewrapped.map((record) => record.masterKeyId)).toEqual(allRecords.map(() => next.id));
    expect(rewrapped.map(({ id, kind, createdAt }) => ({ id, kind, createdAt }))).toEqual(
      allRecords.map(({ id, kind, createdAt }) => ({ id, kind, createdAt })),
    );
    const after = openKeyring({ masterKeys: [next], records: rewrapped });
    const cipherAfter = createFieldCipher({ keyring: after });
    const indexAfter = createBlindIndex({ keyring: after, purpose: 'requester.email', normalise: normaliseEmail });
    for (const row of stored) {
      expect(cipherAfter.decrypt(row.ciphertext, row.location)).toBe(row.email);
      expect(indexAfter(row.email)).toBe(row.index);
    }
    // The old master key no longer opens anything.
    expect(codeOf(() => openKeyring({ masterKeys: [master], records: rewrapped }))).toBe('crypto.unknown_key');
  });

  it('lets processes run with both master keys while a rotation is half done, and can be run again', () => {
    const { master, records } = newInstallation();
    const next = parseMasterKey(generateMasterKey());
    const [first, ...rest] = records;
    if (!first) throw new Error('an installation has key records');
    // Interrupted after the first record: the store holds a mix.
    const halfDone = [...rewrapKeyRecords({ records: [first], from: [master], to: next }), ...rest];
    expect(() => openKeyring({ masterKeys: [next, master], records: halfDone })).not.toThrow();

    const done = rewrapKeyRecords({ records: halfDone, from: [master], to: next });
    expect(done[0]).toBe(halfDone[0]);
    expect(rewrapKeyRecords({ records: done, from: [master], to: next })).toEqual(done);
    expect(() => openKeyring({ masterKeys: [next], records: done })).not.toThrow();
  });

  it('stops with crypto.unknown_key when the previous master key is not the one that wrapped the records', () => {
    const { records } = newInstallation();
    const wrong = parseMasterKey(generateMasterKey());
    const next = parseMasterKey(generateMasterKey());
    expect(codeOf(() => rewrapKeyRecords({ records, from: [wrong], to: next }))).toBe('crypto.unknown_key');
  });
});
