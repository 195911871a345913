import { describe, expect, it } from 'vitest';
import { createFieldCipher, type FieldCipher, type FieldLocation } from './field-cipher.js';
import { type FieldBatches, reencryptFields, type StoredField } from './field-reencryption.js';
import { createKeyRecord } from './key-records.js';
import { openKeyring } from './keyring.js';
import { newInstallation } from './test-support/installation.js';

/**
 * An encrypted column the way a store keeps it, with a keyset cursor over row ids and compare-and-swap writes.
 * The SQL store implements the same contract once it exists; this one runs in memory.
 */
function encryptedColumn(rows: readonly StoredField[]) {
  const table = new Map(rows.map((row) => [row.location.rowId, row]));
  const batches: FieldBatches<string> = {
    async read(after, limit) {
      const ids = [...table.keys()].sort().filter((id) => after === undefined || id > after);
      const fields = ids.slice(0, limit).flatMap((id) => table.get(id) ?? []);
      return { fields, next: fields.at(-1)?.location.rowId ?? after ?? '' };
    },
    async write(fields) {
      let written = 0;
      for (const field of fields) {
        if (table.get(field.location.rowId)?.ciphertext !== field.previous) continue;
        table.set(field.location.rowId, { location: field.location, ciphertext: field.ciphertext });
        written++;
      }
      return written;
    },
  };
  return { table, batches };
}

const locationOf = (n: number): FieldLocation => ({
  table: 'requests',
  column: 'requester_email',
  rowId: `row-${String(n).padStart(4, '0')}`,
});
const emailOf = (n: number) => `personne${n}@exemple.qc.ca`;

/** 120 fields written under the first data key, then a new data key added as a rotation does. */
function rotatedInstallation() {
  const old = newInstallation(new Date('2024-01-01T00:00:00Z'));
  const rows = Array.from({ length: 120 }, (_, n) => ({
    location: locationOf(n),
    ciphertext: old.cipher.encrypt(emailOf(n), locationOf(n)),
  }));
  const newKey = createKeyRecord({ master: old.master, kind: 'data', now: new Date('2025-01-01T00:00:00Z') });
  const records = [...old.records, newKey];
  const cipher = createFieldCipher({ keyring: openKeyring({ masterKeys: [old.master], records }) });
  return { old, newKey, records, cipher, ...encryptedColumn(rows) };
}

function readAll(table: Map<string, StoredField>, cipher: FieldCipher) {
  return [...table.values()].map((row) => cipher.decrypt(row.ciphertext, row.location));
}

describe('data-key rotation', () => {
  it('re-encrypts every field under the new data key in batches, and the old key can then be retired', async () => {
    const { old, newKey, records, cipher, table, batches } = rotatedInstallation();
    const before = new Map([...table].map(([id, row]) => [id, row.ciphertext]));
    const batchSizes: number[] = [];
    const report = await reencryptFields({
      cipher,
      batches,
      batchSize: 50,
      onBatch: ({ report }) => void batchSizes.push(report.examined),
    });

    expect(report).toEqual({
      examined: 120,
      reencrypted: 120,
      alreadyCurrent: 0,
      changedMeanwhile: 0,
      failed: [],
      completed: true,
    });
    expect(batchSizes).toEqual([50, 100, 120]);
    for (const [id, row] of table) {
      expect(cipher.keyIdOf(row.ciphertext)).toBe(newKey.id);
      expect(row.ciphertext).not.toBe(before.get(id));
    }
    const oldDataKeyId = old.keyring.activeDataKeyId;
    const retired = openKeyring({ masterKeys: [old.master], records: records.filter((r) => r.id !== oldDataKeyId) });
    expect(readAll(table, createFieldCipher({ keyring: retired }))).toEqual(
      Array.from({ length: 120 }, (_, n) => emailOf(n)),
    );
  });

  it('resumes where an interrupted rotation stopped, and a re-run rewrites nothing', async () => {
    const { cipher, table, batches } = rotatedInstallation();
    const stop = new AbortController();
    let saved: string | undefined;
    const first = await reencryptFields({
      cipher,
      batches,
      batchSize: 40,
      signal: stop.signal,
      onBatch: ({ cursor }) => {
        saved = cursor;
        stop.abort();
      },
    });
    expect(first).toMatchObject({ examined: 40, reencrypted: 40, completed: false });

    const resumed = await reencryptFields({ cipher, batches, batchSize: 40, after: saved });
    expect(resumed).toMatchObject({ examined: 80, reencrypted: 80, alreadyCurrent: 0, completed: true });

    const again = await reencryptFields({ cipher, batches, batchSize: 40 });
    expect(again).toMatchObject({ examined: 120, reencrypted: 0, alreadyCurrent: 120, completed: true });
    expect(readAll(table, cipher)).toEqual(Array.from({ length: 120 }, (_, n) => emailOf(n)));
  });

  it('never overwrites a field that a user edited while the rotation ran', async () => {
    const { cipher, table, batches } = rotatedInstallation();
    const edited = locationOf(7);
    const racing: FieldBatches<string> = {
      read: batches.read,
      async write(fields) {
        // The requester corrects their email between the rotation's read and its write.
        table.set(edited.rowId, { location: edited, ciphertext: cipher.encrypt('corrige@exemple.qc.ca', edited) });
        return batches.write(fields);
      },
    };
    const report = await reencryptFields({ cipher, batches: racing });
    expect(report).toMatchObject({ examined: 120, reencrypted: 119, changedMeanwhile: 1, completed: true });
    const row = table.get(edited.rowId);
    expect(row && cipher.decrypt(row.ciphertext, row.location)).toBe('corrige@exemple.qc.ca');
  });

  it('reports a field it cannot decrypt, by location and code only, and re-encrypts the others', async () => {
    const { cipher, table, batches } = rotatedInstallation();
    const moved = locationOf(3);
    // A ciphertext copied from another row: it does not belong here and must stay untouched for investigation.
    const foreign = table.get(locationOf(4).rowId)?.ciphertext ?? '';
    table.set(moved.rowId, { location: moved, ciphertext: foreign });

    const report = await reencryptFields({ cipher, batches });
    expect(report).toMatchObject({ examined: 120, reencrypted: 119, completed: true });
    expect(report.failed).toEqual([{ location: moved, code: 'crypto.decrypt_failed' }]);
    expect(table.get(moved.rowId)?.ciphertext).toBe(foreign);
    expect(JSON.stringify(report)).not.toContain('exemple.qc.ca');
  });
});
