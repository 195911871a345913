import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildRopa, type Ropa, ropaToXlsx } from '../../src/index.js';
import { EXAMPLE_NAMES, loadDocument, loadExample } from './declarations.js';
import { baseWithTransferAndGap } from './scenario.js';

const ropa = buildRopa(loadDocument(baseWithTransferAndGap()));

async function open(record: Ropa, lang: 'fr' | 'en'): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings want a Node Buffer; the bytes are the same.
  await workbook.xlsx.load(Buffer.from(ropaToXlsx(record, lang)) as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, index: number): ExcelJS.Worksheet {
  const found = workbook.worksheets[index];
  if (!found) expect.fail(`the workbook has a sheet ${index + 1}`);
  return found;
}

/** The text of every cell of a row, header included, as the reader sees it. */
function rowTexts(ws: ExcelJS.Worksheet, row: number): string[] {
  const values: string[] = [];
  for (let c = 1; c <= ws.columnCount; c++) values.push(String(ws.getRow(row).getCell(c).value ?? ''));
  return values;
}

/** The row whose first cell holds the text, as header → cell text. */
function rowWhere(ws: ExcelJS.Worksheet, first: string): Record<string, string> {
  const headers = rowTexts(ws, 1);
  for (let r = 2; r <= ws.rowCount; r++) {
    const values = rowTexts(ws, r);
    if (values[0] === first) return Object.fromEntries(headers.map((h, i) => [h, values[i] ?? '']));
  }
  return expect.fail(`no row starts with ${first}`);
}

describe('the XLSX workbook', () => {
  it('has the three sheets of the records, named in each language', async () => {
    expect((await open(ropa, 'fr')).worksheets.map((w) => w.name)).toEqual([
      'Registre des traitements',
      'Inventaire (Québec)',
      'Sous-traitants, destinataires',
    ]);
    expect((await open(ropa, 'en')).worksheets.map((w) => w.name)).toEqual([
      'Records of processing',
      'Quebec inventory',
      'Processors and recipients',
    ]);
  });

  it('puts one Art. 30 row per activity under a bold, frozen, filterable header', async () => {
    const ws = sheet(await open(ropa, 'en'), 0);
    expect(ws.rowCount).toBe(ropa.activities.length + 1);
    expect(rowTexts(ws, 1).slice(0, 2)).toEqual(['ID', 'Processing activity (purpose)']);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe(`A1:${ws.getColumn(ws.columnCount).letter}${ws.rowCount}`);
    for (let c = 1; c <= ws.columnCount; c++) expect(ws.getColumn(c).width).toBeGreaterThan(0);
  });

  it('shows the transfer, its safeguard and the retention gap in the Art. 30 sheet', async () => {
    const ws = sheet(await open(ropa, 'en'), 0);
    const backup = rowWhere(ws, 'claims-backup');
    expect(backup['Processing activity (purpose)']).toBe('Back up claim files');
    expect(backup['Transfers outside Quebec, Canada or the EEA (country, safeguard)']).toBe(
      'Sauvegardes Nuage, Inc. – US: standard contractual clauses (GDPR Art. 46(2)(c))',
    );
    expect(rowWhere(ws, 'satisfaction-survey')['Retention and erasure time limits']).toBe('Not stated');
  });

  it('writes the values of a multi-valued cell on separate lines of the cell', async () => {
    const ws = sheet(await open(ropa, 'fr'), 0);
    expect(rowWhere(ws, 'claims-backup')['Catégories de renseignements personnels']).toBe(
      'Nom et prénom\nRéclamations santé et dentaires (sensible, catégorie particulière)',
    );
  });

  it('lists each category in the Quebec inventory with its sensitivity and where it is kept', async () => {
    const ws = sheet(await open(ropa, 'fr'), 1);
    expect(ws.rowCount).toBe(ropa.inventory.length + 1);
    const claims = rowWhere(ws, 'Réclamations santé et dentaires');
    expect(claims).toMatchObject({ Sensibilité: 'Sensible, catégorie particulière (RGPD, art. 9)' });
    expect(claims['Lieux de conservation (systèmes)']).toContain(
      'Sauvegardes hors site (US, exploité par Sauvegardes Nuage, Inc.)',
    );
    expect(rowWhere(ws, 'Adresse courriel')['Durée de conservation']).toContain(
      'Mesurer votre satisfaction\u00a0: Non précisée',
    );
  });

  it('shows each processor with its contract, agreement dates and what it receives', async () => {
    const ws = sheet(await open(ropa, 'en'), 2);
    expect(ws.rowCount).toBe(ropa.processors.length + 1);
    const backup = rowWhere(ws, 'Sauvegardes Nuage, Inc.');
    expect(backup).toMatchObject({
      Role: 'Processor',
      Locations: 'US',
      'Transfer safeguard': 'Standard contractual clauses (GDPR Art. 46(2)(c))',
      Contract: 'DPA-2025-07 (signed 2025-02-03, review 2027-02-03)',
      'Confidentiality agreement': 'NDA-12',
      Purposes: 'Back up claim files',
      'Categories received': 'Name\nHealth and dental claims (sensitive, special category)',
    });
  });

  it('still has its three sheets when the declaration names no recipient and no security measure', async () => {
    const doc = baseWithTransferAndGap();
    doc.recipients = [];
    doc.systems = (doc.systems as { operatedBy?: string }[]).map(({ operatedBy: _, ...system }) => system);
    for (const p of doc.purposes as { recipients?: string[] }[]) delete p.recipients;
    delete doc.security;
    const workbook = await open(buildRopa(loadDocument(doc)), 'en');
    expect(sheet(workbook, 2).rowCount).toBe(1);
    expect(sheet(workbook, 2).autoFilter).toBe('A1:L1');
    expect(rowWhere(sheet(workbook, 0), 'claims-backup')).toMatchObject({
      'Security measures': 'Not stated',
      'Categories of recipients': 'No recipients',
    });
  });

  it('is byte-for-byte the same when built twice from the same declaration', () => {
    const again = buildRopa(loadDocument(baseWithTransferAndGap()));
    expect(Buffer.from(ropaToXlsx(again, 'fr')).equals(Buffer.from(ropaToXlsx(ropa, 'fr')))).toBe(true);
  });

  it('gives the same bytes whatever the time zone of the machine', () => {
    const zone = process.env.TZ;
    try {
      const bytesIn = (tz: string) => {
        process.env.TZ = tz;
        return Buffer.from(ropaToXlsx(ropa, 'en'));
      };
      expect(bytesIn('Pacific/Kiritimati').equals(bytesIn('America/Montreal'))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('stamps every archive entry with the same fixed date instead of the time it was made', () => {
    const bytes = ropaToXlsx(ropa, 'en');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries = Object.keys(unzipSync(bytes));
    let offset = 0;
    for (let n = 0; n < entries.length; n++) {
      expect(view.getUint32(offset, true)).toBe(0x04034b50);
      // DOS time then date of the local header: 00:00:00 on 1980-01-01.
      expect([view.getUint16(offset + 10, true), view.getUint16(offset + 12, true)]).toEqual([0, (1 << 5) | 1]);
      offset +=
        30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true) + view.getUint32(offset + 18, true);
    }
    expect(entries[0]).toBe('[Content_Types].xml');
  });
});

describe.each(EXAMPLE_NAMES)('the workbook of the example %s', (name) => {
  it('opens with a row per purpose, per category used and per recipient', async () => {
    const example = loadExample(name);
    const record = buildRopa(example);
    const workbook = await open(record, 'fr');
    expect(sheet(workbook, 0).rowCount).toBe(example.declaration.purposes.length + 1);
    expect(sheet(workbook, 1).rowCount).toBe(record.inventory.length + 1);
    expect(sheet(workbook, 2).rowCount).toBe(example.declaration.recipients.length + 1);
    expect(rowTexts(sheet(workbook, 0), 2)[0]).toBe(example.declaration.purposes[0]?.id);
  });
});
