import { describe, expect, it } from 'vitest';
import { buildRopa, ropaToCsv } from '../../src/index.js';
import { EXAMPLE_NAMES, loadDocument, loadExample } from './declarations.js';
import { parseCsv } from './rfc4180.js';
import { baseWithTransferAndGap } from './scenario.js';

const BOM = '\uFEFF';
/** A purpose name that needs every kind of CSV quoting: inner quotes, commas and line breaks. */
const AWKWARD = {
  fr: 'Traiter les demandes « urgentes », "prioritaires"\net les autres',
  en: 'Handle "urgent", priority\r\nand other requests',
};

function declarationWithAwkwardNames() {
  const doc = baseWithTransferAndGap();
  const purposes = doc.purposes as { id: string; name: unknown; description?: unknown }[];
  const target = purposes.find((p) => p.id === 'claims-backup');
  if (!target) expect.fail('the scenario has a claims-backup purpose');
  target.name = AWKWARD;
  target.description = { fr: 'Une ligne,\nune autre "citée"', en: 'One line,\nanother "quoted"' };
  return loadDocument(doc);
}

/** The CSV without its byte order mark, checked to have one. */
function body(csv: string): string {
  expect(csv.startsWith(BOM)).toBe(true);
  return csv.slice(BOM.length);
}

describe('the CSV export of the Art. 30 record', () => {
  const ropa = buildRopa(declarationWithAwkwardNames());

  it.each(['fr', 'en'] as const)(
    'reads back in %s as a header and one row per activity, all of equal width',
    (lang) => {
      const records = parseCsv(body(ropaToCsv(ropa, lang)));
      expect(records).toHaveLength(ropa.activities.length + 1);
      const width = records[0]?.length;
      expect(width).toBeGreaterThan(10);
      for (const record of records) expect(record).toHaveLength(width as number);
    },
  );

  it('quotes every field and ends every record with CRLF', () => {
    const text = body(ropaToCsv(ropa, 'en'));
    expect(text.endsWith('"\r\n')).toBe(true);
    for (const record of parseCsv(text)) expect(record.every((f) => f.quoted)).toBe(true);
  });

  it.each(['fr', 'en'] as const)('keeps quotes, commas and line breaks inside a cell (%s)', (lang) => {
    const records = parseCsv(body(ropaToCsv(ropa, lang)));
    const row = records.find((r) => r[0]?.value === 'claims-backup');
    expect(row?.[1]?.value).toBe(AWKWARD[lang]);
    expect(row?.[2]?.value).toBe(lang === 'fr' ? 'Une ligne,\nune autre "citée"' : 'One line,\nanother "quoted"');
  });

  it('joins the values of a multi-valued cell with "; "', () => {
    const records = parseCsv(body(ropaToCsv(ropa, 'en')));
    const headers = records[0]?.map((f) => f.value) ?? [];
    const column = headers.indexOf('Categories of personal information');
    const row = records.find((r) => r[0]?.value === 'claims-backup');
    expect(row?.[column]?.value).toBe('Name; Health and dental claims (sensitive, special category)');
  });

  it('writes its headers in the language asked for', () => {
    const fr = parseCsv(body(ropaToCsv(ropa, 'fr')))[0]?.map((f) => f.value);
    const en = parseCsv(body(ropaToCsv(ropa, 'en')))[0]?.map((f) => f.value);
    expect(fr).toContain('Catégories de renseignements personnels');
    expect(fr).toContain('Durée de conservation et délai d’effacement');
    expect(en).toContain('Retention and erasure time limits');
    expect(fr).toHaveLength(en?.length ?? 0);
  });
});

describe('the legal-basis columns of the CSV', () => {
  /** The claims-backup row of the English CSV, as header → value. */
  const backupRow = (doc: Record<string, unknown>) => {
    const records = parseCsv(body(ropaToCsv(buildRopa(loadDocument(doc)), 'en')));
    const headers = records[0]?.map((f) => f.value) ?? [];
    const row = records.find((r) => r[0]?.value === 'claims-backup');
    return Object.fromEntries(headers.map((h, i) => [h, row?.[i]?.value]));
  };

  it('give the GDPR basis and Art. 9 condition of a French organisation, and no Quebec consent', () => {
    const doc = baseWithTransferAndGap();
    Object.assign(doc.organisation as object, {
      jurisdictions: ['FR'],
      address: { street: '1 rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'FR' },
    });
    for (const p of doc.purposes as Record<string, unknown>[]) {
      if (p.id === 'claims-backup')
        p.legalBasis = { gdpr: { basis: 'contract', specialCategoryCondition: 'health-care' } };
    }
    expect(backupRow(doc)).toMatchObject({
      'Lawful basis (GDPR Art. 6)': 'Performance of a contract (GDPR Art. 6(1)(b))',
      'Special-category condition (GDPR Art. 9)':
        'Preventive medicine, diagnosis, health or social care (GDPR Art. 9(2)(h))',
      'Consent (Quebec, PIPEDA)': 'Not applicable',
    });
  });

  it('give the Quebec consent of a Quebec organisation, and mark the GDPR columns not applicable', () => {
    expect(backupRow(baseWithTransferAndGap())).toMatchObject({
      'Lawful basis (GDPR Art. 6)': 'Not applicable',
      'Special-category condition (GDPR Art. 9)': 'Not applicable',
      'Consent (Quebec, PIPEDA)': 'Quebec: implied consent',
    });
  });
});

describe('the RFC 4180 reader these tests rely on', () => {
  it('refuses what a lenient reader would guess at', () => {
    expect(() => parseCsv('"a","b"\n"c","d"\r\n')).toThrow(/after a field/);
    expect(() => parseCsv('a"b,c\r\n')).toThrow(/quote inside/);
    expect(() => parseCsv('"a\r\n')).toThrow(/unterminated/);
    expect(parseCsv('"a ""b"", c\r\nd",e\r\n')).toEqual([
      [
        { value: 'a "b", c\r\nd', quoted: true },
        { value: 'e', quoted: false },
      ],
    ]);
  });
});

describe.each(EXAMPLE_NAMES)('the CSV of the example %s', (name) => {
  it('is valid RFC 4180 with one full-width row per purpose', () => {
    const example = loadExample(name);
    for (const lang of ['fr', 'en'] as const) {
      const records = parseCsv(body(ropaToCsv(buildRopa(example), lang)));
      expect(records).toHaveLength(example.declaration.purposes.length + 1);
      const width = records[0]?.length ?? 0;
      expect(records.every((r) => r.length === width)).toBe(true);
      expect(records.slice(1).map((r) => r[0]?.value)).toEqual(example.declaration.purposes.map((p) => p.id));
    }
  });
});
