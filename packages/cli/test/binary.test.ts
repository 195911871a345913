import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../dist/vigie.mjs');
const EXAMPLES = join(import.meta.dirname, '../../../examples');

function vigie(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

describe('the built vigie command', () => {
  it('exists (npm run build bundles it)', () => {
    expect(existsSync(BIN)).toBe(true);
  });

  it('finds its rule packs and reports the clinics’ 5-year medical record with exit code 1', () => {
    const r = vigie(['check', join(EXAMPLES, 'medical-clinics-qc'), '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/retention\.yaml:\d+:\d+ {2}error {2}QC-HLT-001/);
  });

  it('exits 2 with a sentence, not a stack trace, on a broken declaration', () => {
    const r = vigie(['check', join(import.meta.dirname, 'does-not-exist.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^vigie check: no declaration at /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops quietly when its reader closes the pipe early', () => {
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" notice "${join(EXAMPLES, 'demo')}" | head -c 10`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toBe('<!doctype ');
    expect(r.stderr).toBe('');
  });
});
