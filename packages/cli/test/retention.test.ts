import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openConnectorFromUrl } from '@vigie/connectors';
import { datasetSchema } from '@vigie/core';
import { afterAll, describe, expect, it } from 'vitest';
import { retentionCommand } from '../src/commands/retention.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-retention-cli-'));
const declaration = join(dir, 'declaration');
const database = join(dir, 'contracts.sqlite');
mkdirSync(declaration);
copyFileSync(join(import.meta.dirname, '../../core/test/rules/bases/qc-private.yaml'), join(declaration, 'vigie.yaml'));
writeFileSync(
  join(declaration, 'datasets.yaml'),
  `datasets:
  - id: contracts
    system: crm
    engine: sqlite
    tables:
      - name: clients
        key: [id]
        person: true
        erase: delete-row
        retention: { rule: end-of-contract-7y, from: ended_on, except: [{ column: kind, values: [litige] }] }
        columns:
          - { name: email, identity: email, category: email, erase: redact }
          - { name: ended_on, category: identity }
          - { name: kind, category: identity, erase: keep }
`,
);
writeFileSync(database, ''); // an empty file is an empty SQLite database

/** Runs SQL on the test database through the connectors' own driver. */
async function sql(statement: string): Promise<Record<string, unknown>[]> {
  const dataset = datasetSchema.parse({
    id: 'contracts',
    system: 'crm',
    engine: 'sqlite',
    tables: [{ name: 'clients', key: ['id'], erase: 'keep' }],
  });
  const connector = openConnectorFromUrl(`sqlite:${database}`, { dataset, pseudonymKey: new Uint8Array(32) });
  if (connector === undefined) throw new Error('no connector');
  try {
    if (/^\s*select/i.test(statement)) return await connector.driver.query(statement, []);
    await connector.driver.run(statement, []);
    return [];
  } finally {
    await connector.close();
  }
}

await sql('create table clients (id integer primary key, email text not null, ended_on date, kind text)');
await sql(`insert into clients values (1, 'a@example.org', '2015-03-01', 'standard'),
  (2, 'b@example.org', '2016-01-10', 'litige'), (3, 'c@example.org', '2016-12-31', 'standard'),
  (4, 'd@example.org', '2024-05-05', 'standard'), (5, 'e@example.org', null, 'standard')`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function vigie(args: string[], envLang = 'en') {
  let stdout = '';
  let stderr = '';
  const code = await retentionCommand(args, {
    cwd: dir,
    out: (text) => {
      stdout += String(text);
    },
    err: (text) => {
      stderr += text;
    },
    stdoutIsTerminal: false,
    envLang,
  });
  return { code, stdout, stderr };
}

const common = [declaration, '--dataset', 'contracts', '--url', `sqlite:${database}`, '--at', '2024-06-01'];
const ids = async () => (await sql('select id from clients order by id')).map((r) => Number(r.id));

describe('vigie retention', () => {
  it('plans: the rule, its citation, the cutoff and the counts, in French, changing nothing', async () => {
    const r = await vigie(['plan', ...common, '--lang', 'fr']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Conservation échue dans le jeu de données contracts au 2024-06-01T00:00:00.000Z');
    expect(r.stdout).toMatch(/clients +end-of-contract-7y +détruire +2017-06-01 +3 +1 +0 +0 +2/);
    expect(r.stdout).toContain('clients: référence Politique de conservation, art. 4');
    expect(r.stdout).toContain('clients: aucun index ne commence par ended_on');
    expect(await ids()).toEqual([1, 2, 3, 4, 5]);
    const json = await vigie(['plan', ...common, '--json']);
    expect(JSON.parse(json.stdout).tables[0].counts).toEqual({
      expired: 3,
      exceptions: 1,
      holds: 0,
      referenced: 0,
      anonymized: 0,
      due: 2,
    });
  });

  it('runs: destroys the expired rows but the exception, prints the destruction record, then finds nothing', async () => {
    const r = await vigie(['run', ...common, '--batch', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Retention carried out in dataset contracts');
    expect(r.stdout).toMatch(/clients +end-of-contract-7y +destroy +2 +0 +0 +0 +2 +[\d.]+ ms/);
    expect(r.stdout).toContain('clients: spared: 1 excepted, 0 held, 0 still referenced');
    expect(await ids()).toEqual([2, 4, 5]);
    const again = await vigie(['run', ...common, '--json']);
    const [record] = JSON.parse(again.stdout);
    expect(record).toMatchObject({ table: 'clients', rule: 'end-of-contract-7y', destroyed: 0, batches: 0 });
  });

  it('runs from the built binary, the connectors loaded from their package outside the bundle', () => {
    const bin = join(import.meta.dirname, '../dist/vigie.mjs');
    const r = spawnSync(process.execPath, [bin, 'retention', 'plan', ...common, '--json'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).tables[0]).toMatchObject({ table: 'clients', rule: 'end-of-contract-7y' });
  });

  it('refuses bad input with exit 2, and a database it cannot open with exit 1, never printing a password', async () => {
    expect((await vigie(['plan', declaration, '--url', `sqlite:${database}`])).code).toBe(2);
    const unknown = await vigie(['plan', declaration, '--dataset', 'nope', '--url', `sqlite:${database}`]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('the declaration has no dataset "nope" (datasets: contracts)');
    expect((await vigie(['plan', declaration, '--dataset', 'contracts', '--url', 'oracle://x'])).code).toBe(2);
    expect((await vigie(['run', ...common, '--at', 'yesterday'])).stderr).toContain('--at must be a date');
    const down = await vigie([
      'plan',
      declaration,
      '--dataset',
      'contracts',
      '--url',
      'postgres://alice:s3cret@127.0.0.1:1/x',
    ]);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('postgres://alice:***@127.0.0.1:1/x: the database could not be reached');
    expect(down.stderr).not.toContain('s3cret');
  });
});
