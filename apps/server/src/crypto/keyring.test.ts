import { describe, expect, it } from 'vitest';
import { createFieldCipher } from './field-cipher.js';
import { createInitialKeyRecords, createKeyRecord, type WrappedKeyRecord } from './key-records.js';
import { openKeyring } from './keyring.js';
import { generateMasterKey, parseMasterKey } from './master-key.js';
import { codeOf } from './test-support/installation.js';

const at = { table: 'requests', column: 'requester_name', rowId: 'r-1' };
const master = parseMasterKey(generateMasterKey());
const january = new Date('2025-01-15T09:00:00Z');
const june = new Date('2025-06-15T09:00:00Z');

describe('keyring', () => {
  it('stores keys only wrapped, each record naming the master key that wrapped it', () => {
    const records = createInitialKeyRecords({ master, now: january });
    expect(records.map((record) => record.kind).sort()).toEqual(['data', 'index']);
    for (const record of records) {
      expect(record).toMatchObject({ masterKeyId: master.id, createdAt: january.toISOString() });
      expect(record.id).toMatch(/^[0-9a-f]{8}$/);
      // version byte, IV, tag and the 32-byte key, in base64url
      expect(Buffer.from(record.wrapped, 'base64url')).toHaveLength(1 + 12 + 16 + 32);
    }
  });

  it('encrypts with the newest data key and still decrypts with the older ones', () => {
    const records = createInitialKeyRecords({ master, now: january });
    const before = createFieldCipher({ keyring: openKeyring({ masterKeys: [master], records }) });
    const oldValue = before.encrypt('Jean Tremblay', at);

    const newer = createKeyRecord({ master, kind: 'data', now: june });
    // The order of the records in the store does not matter: the date decides.
    const keyring = openKeyring({ masterKeys: [master], records: [newer, ...records] });
    const after = createFieldCipher({ keyring });
    expect(keyring.activeDataKeyId).toBe(newer.id);
    expect(after.keyIdOf(after.encrypt('Marie Gagnon', at))).toBe(newer.id);
    expect(after.decrypt(oldValue, at)).toBe('Jean Tremblay');
  });

  it('picks the same active key in every process when two keys share a creation time', () => {
    const records = [
      ...createInitialKeyRecords({ master, now: january }),
      createKeyRecord({ master, kind: 'data', now: january }),
    ];
    const first = openKeyring({ masterKeys: [master], records }).activeDataKeyId;
    const reversed = openKeyring({ masterKeys: [master], records: [...records].reverse() }).activeDataKeyId;
    expect(first).toBe(reversed);
  });

  it('refuses to open with a master key other than the one that wrapped the records', () => {
    const records = createInitialKeyRecords({ master, now: january });
    const other = parseMasterKey(generateMasterKey());
    expect(codeOf(() => openKeyring({ masterKeys: [other], records }))).toBe('crypto.unknown_key');
  });

  it('refuses a key record whose wrapped bytes, kind or date were edited in the store', () => {
    const [data, index] = createInitialKeyRecords({ master, now: january }) as [WrappedKeyRecord, WrappedKeyRecord];
    const bytes = Buffer.from(data.wrapped, 'base64url');
    bytes[40] = (bytes[40] ?? 0) ^ 1;
    const edits: WrappedKeyRecord[] = [
      { ...data, wrapped: bytes.toString('base64url') },
      { ...data, createdAt: june.toISOString() },
      // The index key swapped in as a data key (and so as the active encryption key).
      { ...index, kind: 'data' },
      // The wrapped bytes of one key moved onto the record of another.
      { ...data, wrapped: index.wrapped },
    ];
    for (const edited of edits) {
      const records = edited.id === data.id ? [edited, index] : [data, edited];
      expect(codeOf(() => openKeyring({ masterKeys: [master], records }))).toBe('crypto.unwrap_failed');
    }
  });

  it('refuses stored keys that cannot form a keyring', () => {
    const [data, index] = createInitialKeyRecords({ master, now: january }) as [WrappedKeyRecord, WrappedKeyRecord];
    const secondIndex = createKeyRecord({ master, kind: 'index', now: june });
    const sameIdAsData = { ...index, id: data.id };
    for (const records of [
      [],
      [data],
      [index],
      [data, index, secondIndex],
      [data, data, index],
      [data, sameIdAsData],
    ]) {
      expect(codeOf(() => openKeyring({ masterKeys: [master], records }))).toBe('crypto.keyring_invalid');
    }
    expect(codeOf(() => openKeyring({ masterKeys: [master], records: [{ ...data, id: 'x' }, index] }))).toBe(
      'crypto.keyring_invalid',
    );
  });

  it('says which data key is missing when a ciphertext names one it does not hold', () => {
    const keyring = openKeyring({ masterKeys: [master], records: createInitialKeyRecords({ master, now: january }) });
    expect(() => keyring.dataKey('00000000')).toThrow(
      expect.objectContaining({ code: 'crypto.unknown_key', detail: { keyId: '00000000' } }),
    );
  });
});
