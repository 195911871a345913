import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalEntry, GENESIS_HASH, hashEntry, holdsOwnHash } from './journal.canonical.js';

const base = {
  seq: 42,
  at: '2025-03-01T12:00:00.000Z',
  actor: 'user:u1',
  action: 'requests.read',
  subject: 'request:r1',
  purpose: 'rights-requests',
  origin: 'api 203.0.113.0/24',
};

describe('the canonical form of an entry', () => {
  const awkward = [
    'plain',
    'with "quotes"',
    'back\\slash',
    'line\nbreak\t\u0001',
    'accentué « guillemets »',
    'lone \ud800 surrogate',
    '',
    'a",null,"b',
    'a","b',
  ];

  it('is the JSON array of its fields in a fixed order, whatever characters they hold', () => {
    for (const text of awkward) {
      for (const entry of [
        { ...base, subject: text, purpose: null },
        { ...base, subject: null, purpose: text },
        { ...base, actor: text, origin: text },
        { ...base, seq: 1.5, at: text },
      ]) {
        const fields = [entry.seq, entry.at, entry.actor, entry.action, entry.subject, entry.purpose, entry.origin];
        expect(canonicalEntry(entry)).toBe(JSON.stringify(fields));
      }
    }
  });

  it('matches JSON.stringify on random strings built from the characters that need care', () => {
    const pieces = ['"', '\\', ',', 'null', '[', ']', '\n', 'é', '\u2028', '\ud83d', 'a', ' '];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const text = () => Array.from({ length: random(6) }, () => pieces[random(pieces.length)]).join('');
    for (let i = 0; i < 2000; i++) {
      const entry = { ...base, actor: text(), subject: random(3) === 0 ? null : text(), origin: text() };
      const fields = [entry.seq, entry.at, entry.actor, entry.action, entry.subject, entry.purpose, entry.origin];
      expect(canonicalEntry(entry)).toBe(JSON.stringify(fields));
    }
  });

  it('tells apart entries whose fields differ only by where one ends and the next begins', () => {
    const a = canonicalEntry({ ...base, actor: 'user:a","b', action: 'c' });
    const b = canonicalEntry({ ...base, actor: 'user:a', action: 'b","c' });
    expect(a).not.toBe(b);
  });

  it('hashes SHA-256 over the previous hash then the canonical form, in UTF-8, as any other implementation can', () => {
    for (const text of awkward) {
      const entry = { ...base, subject: text };
      const independent = createHash('sha256')
        .update(Buffer.from(GENESIS_HASH, 'utf8'))
        .update(
          Buffer.from(JSON.stringify([42, base.at, base.actor, base.action, text, base.purpose, base.origin]), 'utf8'),
        )
        .digest('hex');
      expect(hashEntry(GENESIS_HASH, entry)).toBe(independent);
    }
  });

  it('an entry holds its own hash exactly when its canonical form hashes to it, escaped characters included', () => {
    for (const text of awkward) {
      const fields = { ...base, subject: text, prevHash: GENESIS_HASH };
      const intact = { ...fields, hash: hashEntry(GENESIS_HASH, fields) };
      expect(holdsOwnHash(intact)).toBe(true);
      expect(holdsOwnHash({ ...intact, subject: `${text}x` })).toBe(false);
      // Written unescaped, the escaped text reproduces the original's canonical form: it must still fail.
      const escaped = JSON.stringify(text).slice(1, -1);
      if (escaped !== text) expect(holdsOwnHash({ ...intact, subject: escaped })).toBe(false);
    }
  });

  it('starts the chain from a fixed genesis value of 64 hex characters', () => {
    expect(GENESIS_HASH).toMatch(/^[0-9a-f]{64}$/);
    expect(GENESIS_HASH).toBe(createHash('sha256').update('vigie/journal/v1/genesis').digest('hex'));
  });
});
