import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
  DUMMY_PASSWORD_HASH,
  hashPassword,
  needsRehash,
  PASSWORD_POLICY_TEXT,
  passwordPolicyIssues,
  verifyPassword,
} from './password.js';

const EMAIL = 'marie.tremblay@example.org';

describe('password hashing', () => {
  it('hashes with argon2id and the OWASP parameters, salted, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(second).not.toBe(first);
    expect(await verifyPassword(first, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(first, 'correct horse battery stapler')).toBe(false);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hashPassword('mot de passe été 2026'.normalize('NFC'));
    expect(await verifyPassword(stored, 'mot de passe été 2026'.normalize('NFD'))).toBe(true);
  });

  it('answers false, without throwing, for a hash it cannot read', async () => {
    expect(await verifyPassword('not a hash', 'whatever password')).toBe(false);
  });

  it('asks for a re-hash when the parameters differ, or the hash cannot be read', async () => {
    const weaker = await hash('an older password', { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    const argon2i = await hash('an older password', { algorithm: 1, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(needsRehash(weaker)).toBe(true);
    expect(needsRehash(argon2i)).toBe(true);
    expect(needsRehash('garbage')).toBe(true);
    expect(needsRehash(await hashPassword('a current password'))).toBe(false);
  });

  it('keeps the dummy hash (timing of unknown emails) on the current parameters', async () => {
    expect(needsRehash(DUMMY_PASSWORD_HASH)).toBe(false);
    expect(await verifyPassword(DUMMY_PASSWORD_HASH, 'anything at all')).toBe(false);
  });
});

describe('password policy', () => {
  it('accepts 12 to 256 characters, counted as a person counts them', () => {
    expect(passwordPolicyIssues('twelve chars', { email: EMAIL })).toEqual([]);
    expect(passwordPolicyIssues(`${'x'.repeat(255)}y`, { email: EMAIL })).toEqual([]);
    // Eleven emoji are 22 UTF-16 units but 11 characters.
    expect(passwordPolicyIssues(`${'🔒'.repeat(10)}🔑`, { email: EMAIL })).toEqual(['auth.password_too_short']);
  });

  it('names every rule broken', () => {
    expect(passwordPolicyIssues('eleven char', { email: EMAIL })).toEqual(['auth.password_too_short']);
    expect(passwordPolicyIssues('ab'.repeat(129), { email: EMAIL })).toEqual(['auth.password_too_long']);
    expect(passwordPolicyIssues('aaaaaaaaaaaaaaaa', { email: EMAIL })).toEqual(['auth.password_single_character']);
    expect(passwordPolicyIssues('aaaa', { email: EMAIL })).toEqual([
      'auth.password_too_short',
      'auth.password_single_character',
    ]);
    expect(passwordPolicyIssues(' Marie.Tremblay@Example.org ', { email: EMAIL })).toEqual(['auth.password_is_email']);
  });

  it('explains each rule in French and English', () => {
    for (const text of Object.values(PASSWORD_POLICY_TEXT)) {
      expect(text.fr).not.toBe('');
      expect(text.en).not.toBe('');
      expect(text.fr).not.toBe(text.en);
    }
  });
});
