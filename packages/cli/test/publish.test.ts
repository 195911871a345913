import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const EXAMPLES = join(import.meta.dirname, '../../../examples');
const DEMO = join(EXAMPLES, 'demo');

describe('vigie notice', () => {
  it('writes the French HTML notice of a folder declaration', () => {
    const r = runCli(['notice', join(EXAMPLES, 'medical-clinics-qc'), '--lang', 'fr', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/i);
    expect(r.stdout).toContain('<html lang="fr"');
    expect(r.stdout).toContain('Google Analytics');
  });

  it('writes the English Markdown notice to a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-notice-'));
    const out = join(dir, 'sub', 'notice.en.md');
    const r = runCli(['notice', DEMO, '--lang', 'en', '--format', 'md', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^# Privacy policy/m);
  });

  it('defaults to the organisation’s first language', () => {
    expect(runCli(['notice', DEMO]).stdout).toContain('<html lang="fr"');
  });

  it('refuses an unknown format with the allowed ones', () => {
    const r = runCli(['notice', DEMO, '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vigie notice: --format must be one of html, md, not "pdf"\n');
  });
});

describe('vigie notice diff', () => {
  it('tells subscribers what changed, in their language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-diff-'));
    const before = readFileSync(join(DEMO, 'vigie.yaml'), 'utf8');
    const after = before.replace(/version: "?[^"\n]+"?\n/, 'version: "2026.1"\n');
    expect(after).not.toBe(before);
    writeFileSync(join(dir, 'after.yaml'), after);
    const r = runCli(['notice', 'diff', DEMO, join(dir, 'after.yaml'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026.1');
    const same = runCli(['notice', 'diff', DEMO, DEMO, '--lang', 'en']);
    expect(same.stdout.toLowerCase()).toContain('unchanged');
  });

  it('needs two declarations', () => {
    const r = runCli(['notice', 'diff', DEMO]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notice diff takes two declaration paths: OLD NEW');
  });
});

describe('vigie ropa', () => {
  it('writes the Art. 30 record as CSV with one row per purpose', () => {
    const r = runCli(['ropa', DEMO, '--format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    const purposes = (readFileSync(join(DEMO, 'vigie.yaml'), 'utf8').match(/^ {2}- id: /gm) ?? []).length;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length - 1).toBeLessThanOrEqual(purposes);
  });

  it('writes an XLSX workbook that a spreadsheet reader opens', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-ropa-'));
    const out = join(dir, 'ropa.xlsx');
    expect(runCli(['ropa', join(EXAMPLES, 'health-partner-network-fr'), '--format', 'xlsx', '--out', out]).code).toBe(
      0,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBe(3);
  });

  it('writes JSON-LD with DPV terms', () => {
    const r = runCli(['ropa', DEMO, '--format', 'jsonld']);
    const doc = JSON.parse(r.stdout);
    expect(JSON.stringify(doc['@context'])).toContain('https://w3id.org/dpv');
  });

  it('will not print a binary workbook to a terminal', () => {
    const r = runCli(['ropa', DEMO, '--format', 'xlsx'], { terminal: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give --out FILE');
  });
});

describe('vigie start', () => {
  it('checks the demo and publishes its notice and records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-start-'));
    const r = runCli(['start', '--out', join(dir, 'demo'), '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 error(s)');
    for (const file of [
      'notice.fr.html',
      'notice.en.html',
      'notice.fr.md',
      'notice.en.md',
      'ropa.en.xlsx',
      'ropa.jsonld',
    ]) {
      expect(existsSync(join(dir, 'demo', file)), file).toBe(true);
    }
  });
});
