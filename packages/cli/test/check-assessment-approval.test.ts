import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// The base declares a claims platform in Ontario whose impact assessment is approved.
const BASE = readFileSync(join(import.meta.dirname, '../../core/test/rules/bases/qc-private.yaml'), 'utf8');

/** Writes the base with its one impact assessment at `status` into a fresh folder; returns the folder. */
function declarationWithAssessment(status: 'completed' | 'approved'): string {
  const text = BASE.replace(/( {4}triggers: \[outside-quebec\]\n {4}status: )approved/, `$1${status}`);
  expect(text).toContain(`status: ${status}`);
  const dir = mkdtempSync(join(tmpdir(), 'vigie-cli-pia-'));
  writeFileSync(join(dir, 'vigie.yaml'), text);
  return dir;
}

/** 1-based line of the recipient's link to its assessment, where the finding must point. */
const recipientLinkLine = BASE.split('\n').indexOf('    impactAssessment: pia-claims-platform') + 1;

describe('vigie check and the impact assessment of a processor outside Quebec', () => {
  it('fails while the assessment is only completed, naming the rule and file:line', () => {
    expect(recipientLinkLine).toBeGreaterThan(0);
    const r = runCli(['check', '--regime', 'qc-private', '--lang', 'en'], {
      cwd: declarationWithAssessment('completed'),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^vigie\\.yaml:${recipientLinkLine}:\\d+ {2}error {2}QC-PRIV-005 `, 'm'));
    expect(r.stdout).toContain('the assessment "pia-claims-platform" has status completed');
  });

  it('passes once the assessment is approved: the finding is gone', () => {
    const r = runCli(['check', '--regime', 'qc-private', '--lang', 'en'], {
      cwd: declarationWithAssessment('approved'),
    });
    expect(r.stdout).not.toContain('QC-PRIV-005');
    expect(r.code).toBe(0);
  });
});
