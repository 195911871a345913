import { describe, expect, it } from 'vitest';
import { generateMasterKey, parseMasterKey } from './master-key.js';
import { codeOf } from './test-support/installation.js';

describe('master key from config', () => {
  it('accepts a generated key, with the trailing newline of an env file', () => {
    const text = generateMasterKey();
    expect(Buffer.from(text, 'base64')).toHaveLength(32);
    expect(parseMasterKey(`${text}\n`).id).toBe(parseMasterKey(text).id);
  });

  it('names two different master keys differently, without revealing them', () => {
    const text = generateMasterKey();
    const key = parseMasterKey(text);
    expect(key.id).toMatch(/^[0-9a-f]{16}$/);
    expect(key.id).not.toBe(parseMasterKey(generateMasterKey()).id);
    expect(Buffer.from(text, 'base64').toString('hex')).not.toContain(key.id);
  });

  it.each([
    ['too short', Buffer.alloc(16, 7).toString('base64')],
    ['too long', Buffer.alloc(48, 7).toString('base64')],
    ['not base64', `${generateMasterKey().slice(0, 40)}!!!=`],
    ['empty', ''],
    ['all zeros', Buffer.alloc(32).toString('base64')],
    ['one repeated byte', Buffer.alloc(32, 0xab).toString('base64')],
  ])('refuses a master key that is %s with crypto.invalid_master_key', (_label, text) => {
    expect(codeOf(() => parseMasterKey(text))).toBe('crypto.invalid_master_key');
  });

  it('does not put the rejected value in the error message', () => {
    const text = Buffer.alloc(31, 9).toString('base64');
    expect(() => parseMasterKey(text)).toThrow(expect.objectContaining({ message: expect.not.stringContaining(text) }));
  });
});
