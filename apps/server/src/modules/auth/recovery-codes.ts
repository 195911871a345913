import { createHash, randomInt } from 'node:crypto';

/**
 * Lower-case letters and digits without the look-alikes (0/o, 1/l/i): 31 characters. Twelve of them carry
 * 12 × log2(31) ≈ 59.5 bits, written as three groups of four (`abcd-efgh-jkmn`) that are easy to copy by hand.
 */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;
/** Ten codes: enough for a year of lost phones, few enough to print on one slip of paper. */
export const RECOVERY_CODE_COUNT = 10;

function randomCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    // randomInt draws without modulo bias, so every character is equally likely.
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** A fresh set of distinct codes, shown once to the user and stored only as hashes. */
export function generateRecoveryCodes(): string[] {
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(randomCode());
  return [...codes];
}

/** What the user typed, reduced to the code's characters: any case, with or without spaces and dashes. */
export function normaliseRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s\-‐‑‒–—]+/g, '');
}

/**
 * SHA-256, not argon2: a recovery code is ~60 random bits, not a human-chosen password, so there is no dictionary
 * to try first and a slow hash would add little against brute force while costing every sign-in that uses one.
 * The user id is hashed in as well, so a table of precomputed hashes would have to be built for each user
 * separately. A stolen hash alone also opens nothing: the code replaces the second factor, not the password.
 */
export function hashRecoveryCode(userId: string, input: string): string {
  return createHash('sha256')
    .update(`vigie/recovery-code/v1\u0000${userId}\u0000${normaliseRecoveryCode(input)}`, 'utf8')
    .digest('hex');
}
