import { describe, expect, it } from 'vitest';
import { buildRopa, ropaToCsv } from '../../src/index.js';
import { EXAMPLE_NAMES, loadDocument, loadExample } from './declarations.js';
import { baseWithTransferAndGap } from './scenario.js';

const loaded = loadDocument(baseWithTransferAndGap());
const ropa = buildRopa(loaded);
const activity = (id: string) => {
  const found = ropa.activities.find((a) => a.id === id);
  if (!found) expect.fail(`no activity ${id}`);
  return found;
};

describe('the Art. 30 record', () => {
  it('has one processing activity per declared purpose, in declaration order', () => {
    expect(ropa.activities.map((a) => a.id)).toEqual(loaded.declaration.purposes.map((p) => p.id));
  });

  it('names the controller and its person in charge', () => {
    expect(ropa.controller.legalName).toBe(loaded.declaration.organisation.legalName);
    expect(ropa.controller.personInCharge?.email).toBe(loaded.declaration.organisation.personInCharge?.email);
  });

  it('shows a transfer to a processor outside Canada and the EU with its safeguard', () => {
    const backup = activity('claims-backup');
    expect(backup.recipients.map((r) => r.id)).toContain('us-backup');
    expect(backup.transfers).toEqual([
      expect.objectContaining({
        recipientId: 'us-backup',
        place: expect.objectContaining({ country: 'US', outsideQuebec: true, outsideCanada: true }),
        safeguard: 'standard-contractual-clauses',
      }),
    ]);
    const row = ropaToCsv(ropa, 'en')
      .split('\r\n')
      .find((line) => line.startsWith('"claims-backup"'));
    expect(row).toContain('Sauvegardes Nuage, Inc. – US: standard contractual clauses (GDPR Art. 46(2)(c))');
  });

  it('keeps the gap of a purpose without retention rule visible as "not stated" instead of failing', () => {
    const survey = activity('satisfaction-survey');
    expect(survey.retention).toBeUndefined();
    const row = ropaToCsv(ropa, 'en')
      .split('\r\n')
      .find((line) => line.startsWith('"satisfaction-survey"'));
    expect(row).toContain('"Not stated"');
    expect(ropaToCsv(ropa, 'fr')).toContain('"Non précisée"');
  });

  it('flags sensitive and special-category information and leaves ordinary information unflagged', () => {
    const categories = new Map(activity('claims-backup').dataCategories.map((c) => [c.id, c]));
    expect(categories.get('health-claims')).toMatchObject({ sensitive: true, specialCategory: true });
    expect(categories.get('name')).toMatchObject({ sensitive: false, specialCategory: false });
  });

  it('gives each category the DPV term of the taxonomy', () => {
    for (const a of ropa.activities) {
      for (const c of a.dataCategories) expect(c.dpv).toBe(loaded.taxonomy.categories.get(c.id)?.dpv);
    }
  });

  it('counts a system hosted in Quebec as staying in Quebec, and one in Canada without province as leaving it', () => {
    const doc = baseWithTransferAndGap();
    doc.systems = [
      ...(doc.systems as object[]),
      { id: 'quebec-copy', name: 'Copie au Québec', location: { country: 'CA', region: 'QC' } },
      { id: 'canada-copy', name: 'Copie au Canada', location: { country: 'CA' } },
    ];
    for (const p of doc.purposes as { id: string; systems?: string[] }[]) {
      if (p.id === 'claims-backup') p.systems = [...(p.systems ?? []), 'quebec-copy', 'canada-copy'];
    }
    const backup = buildRopa(loadDocument(doc)).activities.find((a) => a.id === 'claims-backup');
    const outside = new Map(backup?.systems.map((s) => [s.id, s.place.outsideQuebec]));
    expect(Object.fromEntries(outside)).toEqual({ 'offsite-backup': true, 'quebec-copy': false, 'canada-copy': true });
  });
});

describe('transfers under the GDPR', () => {
  const french = (country: string) => {
    const doc = baseWithTransferAndGap();
    const organisation = doc.organisation as Record<string, unknown>;
    organisation.jurisdictions = ['FR'];
    organisation.address = { street: '1 rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'FR' };
    doc.recipients = (doc.recipients as Record<string, unknown>[]).map((r) =>
      r.id === 'us-backup' ? { ...r, location: { country } } : r,
    );
    return buildRopa(loadDocument(doc)).activities.find((a) => a.id === 'claims-backup');
  };

  it('does not count a processor elsewhere in the EEA as a transfer', () => {
    expect(french('IE')?.transfers.filter((t) => t.recipientId === 'us-backup')).toEqual([]);
  });

  it('counts a processor outside the EEA as a transfer to a third country', () => {
    expect(french('US')?.transfers).toContainEqual(
      expect.objectContaining({ recipientId: 'us-backup', place: expect.objectContaining({ gdprThirdCountry: true }) }),
    );
  });
});

describe('the Quebec inventory', () => {
  it('has one line per category used, with the purposes that use it', () => {
    const used = new Set(loaded.declaration.purposes.flatMap((p) => p.dataCategories));
    expect(new Set(ropa.inventory.map((e) => e.category.id))).toEqual(used);
    const claims = ropa.inventory.find((e) => e.category.id === 'health-claims');
    const users = loaded.declaration.purposes.filter((p) => p.dataCategories.includes('health-claims'));
    expect(claims?.purposes.map((p) => p.id)).toEqual(users.map((p) => p.id));
  });

  it('says where a category is kept and who receives it', () => {
    const claims = ropa.inventory.find((e) => e.category.id === 'health-claims');
    expect(claims?.systems.map((s) => s.id)).toContain('offsite-backup');
    expect(claims?.recipients.map((r) => r.id)).toContain('us-backup');
  });

  it('gives each retention period with the purposes it applies to, and names those without one', () => {
    const email = ropa.inventory.find((e) => e.category.id === 'email');
    const gap = email?.retention.find((r) => r.rule === undefined);
    expect(gap?.purposes.map((p) => p.id)).toEqual(['satisfaction-survey']);
    const claims = ropa.inventory.find((e) => e.category.id === 'health-claims');
    expect(claims?.retention.every((r) => r.rule !== undefined)).toBe(true);
    const covered = claims?.retention.flatMap((r) => r.purposes.map((p) => p.id)).sort();
    expect(covered).toEqual(claims?.purposes.map((p) => p.id).sort());
  });
});

describe('the processors register', () => {
  it('lists every declared recipient once, in declaration order', () => {
    expect(ropa.processors.map((p) => p.recipient.id)).toEqual(loaded.declaration.recipients.map((r) => r.id));
  });

  it('shows the contract, the safeguard and what a processor receives through the system it hosts', () => {
    const backup = ropa.processors.find((p) => p.recipient.id === 'us-backup');
    expect(backup).toMatchObject({
      contract: { reference: 'DPA-2025-07', signedOn: '2025-02-03', reviewOn: '2027-02-03' },
      confidentialityAgreement: { reference: 'NDA-12' },
      recipient: { safeguard: 'standard-contractual-clauses', role: 'processor' },
    });
    expect(backup?.systems.map((s) => s.id)).toEqual(['offsite-backup']);
    expect(backup?.purposes.map((p) => p.id)).toEqual(['claims-backup']);
    expect(backup?.dataCategories.map((c) => c.id)).toEqual(['name', 'health-claims']);
  });
});

describe.each(EXAMPLE_NAMES)('the example %s', (name) => {
  it('gives a record with an activity per purpose and every used category', () => {
    const example = loadExample(name);
    const record = buildRopa(example);
    expect(record.activities).toHaveLength(example.declaration.purposes.length);
    const used = new Set(example.declaration.purposes.flatMap((p) => p.dataCategories));
    expect(record.inventory.map((e) => e.category.id).sort()).toEqual([...used].sort());
    for (const a of record.activities) {
      for (const t of a.transfers) expect(a.recipients.map((r) => r.id)).toContain(t.recipientId);
    }
  });
});
