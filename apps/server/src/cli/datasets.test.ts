import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './datasets.js';
import { captureIo } from './test-support/capture-io.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-datasets-'));
const path = join(dir, 'clinique.sqlite');
const db = new Database(path);
db.exec(`create table patients (id integer primary key, courriel text not null, ramq text, date_naissance text);
         create table rendez_vous (id integer primary key, patient_id integer not null references patients (id),
           diagnostic text);`);
db.close();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vigie datasets generate', () => {
  it('prints a draft of an SQLite file, with French names guessed and comments in French', async () => {
    const capture = captureIo({}, 'fr');
    expect(await run(['generate', '--from', `sqlite:${path}`, '--system', 'dossiers'], capture.io)).toBe(0);
    const draft = capture.stdout();
    expect(draft).toContain('  - id: clinique\n');
    expect(draft).toContain('    system: dossiers\n');
    expect(draft).toContain('- { name: courriel, identity: email, category: email }');
    expect(draft).toContain('- { name: ramq, identity: health-insurance-number, category: health-insurance-number }');
    expect(draft).toContain('- { name: date_naissance, category: date-of-birth }');
    expect(draft).toContain('- { columns: [patient_id], table: patients, to: [id] }');
    expect(draft).toContain('# REVIEW: le nom « diagnostic » évoque un renseignement de santé');
  });

  it('writes to a file it never overwrites', async () => {
    const out = join(dir, 'datasets.yaml');
    const first = captureIo({});
    expect(await run(['generate', '--from', `sqlite:${path}`, '--out', out, '--id', 'clinic'], first.io)).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('  - id: clinic\n');
    expect(first.stderr()).toMatch(/written to .*datasets\.yaml: \d+ guesses marked REVIEW/);
    const second = captureIo({});
    expect(await run(['generate', '--from', `sqlite:${path}`, '--out', out], second.io)).toBe(1);
    expect(second.stderr()).toContain('already exists');
  });

  it('never prints the password of a URL it cannot reach', async () => {
    const capture = captureIo({});
    const code = await run(['generate', '--from', 'postgres://alice:s3cr3t-pw@127.0.0.1:1/nowhere'], capture.io);
    expect(code).toBe(1);
    expect(capture.stderr()).toContain('postgres://alice:***@127.0.0.1:1/nowhere');
    expect(capture.stderr() + capture.stdout()).not.toContain('s3cr3t-pw');
  });

  it('refuses a URL of an unknown kind and a missing --from', async () => {
    const capture = captureIo({});
    expect(await run(['generate', '--from', 'oracle://db/x'], capture.io)).toBe(2);
    expect(await run(['generate'], capture.io)).toBe(2);
    expect(capture.stderr()).toContain('postgres://…, mysql://… or sqlite:PATH');
  });
});
