import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const BASE = join(import.meta.dirname, '../../core/test/rules/bases/qc-private.yaml');

function tempDeclaration(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-cli-'));
  writeFileSync(join(dir, 'vigie.yaml'), text);
  return dir;
}

describe('vigie check', () => {
  it('exits 0 and says so when the declaration breaks no rule', () => {
    const r = runCli(['check', BASE, '--regime', 'qc-private', '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^0 error\(s\), 0 warning\(s\), \d+ info\(s\) · regimes: qc-private · \d+ rules checked$/m,
    );
  });

  it('exits 1 and points at file:line:column when a rule is broken', () => {
    const text = readFileSync(BASE, 'utf8').replace(
      '    retention: end-of-contract-7y\n  - id: claims',
      '  - id: claims',
    );
    const dir = tempDeclaration(text);
    const r = runCli(['check', '--regime', 'qc-private', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^vigie\.yaml:\d+:5 {2}error {2}QC-PRIV-002 {2}Every purpose has a retention rule$/m);
    expect(r.stdout).toContain('P-39.1, ss. 23 and 8');
  });

  it('speaks French when asked', () => {
    const r = runCli(['check', BASE, '--regime', 'qc-private', '--lang', 'fr']);
    expect(r.stdout).toMatch(/0 erreur\(s\), 0 avertissement\(s\)/);
  });

  it('writes findings as JSON for tools', () => {
    const text = readFileSync(BASE, 'utf8').replace(/ {2}personInCharge:\n( {4}.*\n)+/, '');
    const dir = tempDeclaration(text);
    const r = runCli(['check', join(dir, 'vigie.yaml'), '--format', 'json', '--regime', 'qc-private']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings[0]).toMatchObject({
      rule: 'QC-PRIV-001',
      severity: 'error',
      confidence: 'V',
      file: expect.stringContaining('vigie.yaml'),
      line: expect.any(Number),
      citation: { fr: 'P-39.1, art. 3.1', en: 'P-39.1, s. 3.1' },
    });
  });

  it('exits 2 with file:line and what was expected when the declaration is invalid, without a stack trace', () => {
    const dir = tempDeclaration('vigie: 1\norganisation:\n  legalName: X\n  kind: privée\n');
    const r = runCli(['check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('vigie.yaml:4:3: organisation.kind: expected one of "private-enterprise"');
    expect(r.stderr).toContain('the declaration is not valid');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says what is wrong with the declaration in French when asked', () => {
    const dir = tempDeclaration('vigie: 1\norganisation:\n  legalName: X\n  kind: privée\n');
    const r = runCli(['check', '--lang', 'fr'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('vigie.yaml:4:3: organisation.kind: attendu l\'une des valeurs "private-enterprise"');
    expect(r.stderr).toContain('vigie.yaml:1:1: purposes: manquant : attendu une liste');
    expect(r.stderr).toContain("la déclaration n'est pas valide");
  });

  it('exits 2 on a missing file, an unknown option or an unknown regime', () => {
    expect(runCli(['check', '/nonexistent/vigie.yaml']).stderr).toBe(
      'vigie check: no declaration at /nonexistent/vigie.yaml\n',
    );
    expect(runCli(['check', BASE, '--colour']).code).toBe(2);
    const r = runCli(['check', BASE, '--regime', 'ontario']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--regime must be one of qc-private, qc-public, qc-health, pipeda, gdpr-fr');
  });

  it('looks for ./vigie.yaml when no path is given and says so when there is none', () => {
    const empty = mkdtempSync(join(tmpdir(), 'vigie-empty-'));
    const r = runCli(['check'], { cwd: empty });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('neither ./vigie.yaml nor ./vigie/ exists');
  });
});

describe('vigie schema', () => {
  it('writes a JSON Schema that editors can use', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['vigie', 'organisation', 'purposes', 'policy']));
    expect(schema.properties.organisation.properties.kind.enum).toContain('quebec-public-body');
    expect(schema.additionalProperties).toBe(false);
  });

  it('requires no section with --partial, for the files of a folder', () => {
    const schema = JSON.parse(runCli(['schema', '--partial']).stdout);
    expect(schema.required).toBeUndefined();
    expect(schema.properties.purposes.type).toBe('array');
  });
});

describe('vigie', () => {
  it('speaks French in help and usage errors when asked, or when the environment is French', () => {
    expect(runCli(['--help', '--lang', 'fr']).stdout).toContain('Usage : vigie <commande>');
    expect(runCli(['check', '--help'], { lang: 'fr_CA.UTF-8' }).stdout).toContain('Vérifie la déclaration');
    const r = runCli(['check', '/nonexistent/vigie.yaml', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vigie check: aucune déclaration à /nonexistent/vigie.yaml\n');
  });

  it('prints help, and refuses an unknown command', () => {
    expect(runCli([]).stdout).toContain('Usage: vigie <command>');
    const r = runCli(['chek']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "chek"');
  });
});
