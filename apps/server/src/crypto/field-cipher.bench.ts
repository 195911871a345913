import { describe, expect, it } from 'vitest';
import { createBlindIndex, normaliseEmail } from './blind-index.js';
import { newInstallation } from './test-support/installation.js';

/**
 * Throughput of field encryption and blind indexes, printed for the notes (`npm run bench:server`).
 * A benchmark, not a test: outside `npm test`, it asserts only that the work it timed was correct.
 */
const FIELDS = 5_000;

function rate(label: string, run: () => void): number {
  run(); // warm-up: JIT and OpenSSL contexts
  const start = performance.now();
  run();
  const perSecond = FIELDS / ((performance.now() - start) / 1000);
  console.log(`${label.padEnd(34)} ${Math.round(perSecond).toLocaleString('en').padStart(10)} fields/s`);
  return perSecond;
}

describe('field encryption throughput', () => {
  const { keyring, cipher } = newInstallation();
  const rows = Array.from({ length: FIELDS }, (_, n) => ({
    at: { table: 'requests', column: 'requester_email', rowId: crypto.randomUUID() },
    email: `personne.numero${n}@exemple.qc.ca`,
  }));

  it.each([
    ['email (~33 bytes)', (n: number) => `personne.numero${n}@exemple.qc.ca`],
    ['note (1 KiB)', (n: number) => `Note ${n} : `.padEnd(1024, '.')],
  ])('encrypts and decrypts %s fields and prints the rate', (label, makeValue) => {
    const fields = rows.map((row, n) => ({ at: row.at, value: makeValue(n), stored: '', decrypted: '' }));
    rate(`encrypt ${label}`, () => {
      for (const field of fields) field.stored = cipher.encrypt(field.value, field.at);
    });
    rate(`decrypt ${label}`, () => {
      for (const field of fields) field.decrypted = cipher.decrypt(field.stored, field.at);
    });
    expect(fields.every((field) => field.decrypted === field.value)).toBe(true);
  });

  it('computes email blind indexes and prints the rate', () => {
    const index = createBlindIndex({ keyring, purpose: 'requester.email', normalise: normaliseEmail });
    const indexes = new Set<string>();
    rate('blind index (email)', () => {
      for (const row of rows) indexes.add(index(row.email));
    });
    expect(indexes.size).toBe(FIELDS);
  });
});
