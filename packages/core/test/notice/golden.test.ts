import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderNotice } from '../../src/index.js';
import { EXAMPLES, loadExample } from './load-example.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/**
 * The published notice of every example, compared byte for byte with a reviewed copy.
 * After an intended change, `UPDATE_GOLDEN=1 npx vitest run packages/core/test/notice/golden.test.ts`
 * rewrites the copies; read the diff of the golden files before committing it.
 */
describe.each(EXAMPLES)('the notice of examples/%s', (example) => {
  const loaded = loadExample(example);
  it.each([
    ['fr', 'html'],
    ['fr', 'md'],
    ['en', 'html'],
    ['en', 'md'],
  ] as const)('in %s as %s matches its reviewed copy', (lang, format) => {
    const file = join(GOLDEN, `${example}.${lang}.${format}`);
    const actual = renderNotice(loaded, { lang, format });
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, actual);
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1, then read it`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
