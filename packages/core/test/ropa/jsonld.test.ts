import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildRopa, ropaToJsonLd } from '../../src/index.js';
import { EXAMPLE_NAMES, load, loadDocument, loadExample } from './declarations.js';
import { baseWithTransferAndGap } from './scenario.js';

type Node = Record<string, unknown>;

function graphOf(text: string): { context: Record<string, string>; graph: Node[] } {
  const document = JSON.parse(text) as { '@context': Record<string, string>; '@graph': Node[] };
  return { context: document['@context'], graph: document['@graph'] };
}

/** Every value of a property as a list, whether written as one value or several. */
function all(node: Node | undefined, key: string): unknown[] {
  const value = node?.[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function ids(node: Node | undefined, key: string): string[] {
  return all(node, key).map((v) => (v as Node)['@id'] as string);
}

/** Every `@id` the document refers to, at any depth. */
function referencedIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) referencedIds(v, out);
  else if (value !== null && typeof value === 'object') {
    const node = value as Node;
    if (typeof node['@id'] === 'string' && Object.keys(node).length === 1) out.push(node['@id']);
    for (const v of Object.values(node)) referencedIds(v, out);
  }
  return out;
}

/** A French health organisation under the GDPR: the base with an Art. 6 basis and an Art. 9 condition. */
function gdprDeclaration() {
  const doc = baseWithTransferAndGap();
  const organisation = doc.organisation as Node;
  organisation.jurisdictions = ['FR'];
  organisation.address = { street: '1 rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'FR' };
  for (const p of doc.purposes as Node[]) {
    if (p.id === 'claims-backup') {
      p.legalBasis = { gdpr: { basis: 'contract', specialCategoryCondition: 'health-care' } };
    }
  }
  return loadDocument(doc);
}

const loaded = gdprDeclaration();
const ropa = buildRopa(loaded);
const text = ropaToJsonLd(ropa);
const { context, graph } = graphOf(text);
const process = (id: string) => graph.find((n) => n['@id'] === `urn:vigie:process:${id}`);

describe('the JSON-LD export', () => {
  it('declares the DPV, personal-data and GDPR vocabularies in its context', () => {
    expect(context).toMatchObject({
      dpv: 'https://w3id.org/dpv#',
      pd: 'https://w3id.org/dpv/pd#',
      'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
    });
  });

  it('describes each purpose as a DPV process of the controller', () => {
    const processes = graph.filter((n) => n['@type'] === 'dpv:PersonalDataProcess');
    expect(processes.map((n) => n['@id'])).toEqual(ropa.activities.map((a) => `urn:vigie:process:${a.id}`));
    const controller = graph.find((n) => n['@type'] === 'dpv:DataController' && n['@id'] === 'urn:vigie:controller');
    expect(controller?.['dpv:hasName']).toBe(ropa.controller.legalName);
    for (const p of processes) {
      expect(ids(p, 'dpv:hasDataController')).toEqual(['urn:vigie:controller']);
      expect(all(p, 'dpv:hasPurpose')).toHaveLength(1);
    }
  });

  it('names personal data with the taxonomy DPV terms and flags special categories', () => {
    const backup = process('claims-backup');
    const terms = ids(backup, 'dpv:hasPersonalData');
    expect(terms).toEqual(
      expect.arrayContaining([
        loaded.taxonomy.categories.get('name')?.dpv,
        loaded.taxonomy.categories.get('health-claims')?.dpv,
        'dpv:SpecialCategoryPersonalData',
      ]),
    );
    expect(ids(backup, 'dpv:hasDataSubject')).toEqual([loaded.taxonomy.subjects.get('members')?.dpv]);
  });

  it('gives the GDPR Art. 6 basis and Art. 9 condition as eu-gdpr terms', () => {
    expect(ids(process('claims-backup'), 'dpv:hasLegalBasis')).toEqual(['eu-gdpr:A6-1-b', 'eu-gdpr:A9-2-h']);
  });

  it('describes the transfer to the United States with its recipient, third country and safeguard', () => {
    const [transfer] = all(process('claims-backup'), 'dpv:hasProcess') as Node[];
    expect(ids(transfer, 'dpv:hasProcessing')).toEqual(['dpv:CrossBorderTransfer']);
    expect(ids(transfer, 'dpv:hasRecipient')).toEqual(['urn:vigie:recipient:us-backup']);
    expect(ids(transfer, 'dpv:hasThirdCountry')).toEqual(['loc:US']);
    expect(ids(transfer, 'dpv:hasLegalBasis')).toEqual(['eu-gdpr:A46-2-c']);
    expect(ids(process('claims-backup'), 'dpv:hasRecipient')).toContain('urn:vigie:recipient:us-backup');
    const recipient = graph.find((n) => n['@id'] === 'urn:vigie:recipient:us-backup');
    expect(recipient?.['@type']).toBe('dpv:DataProcessor');
  });

  it('states the retention period as an xsd:duration, and a missing one as not available', () => {
    const rule = loaded.declaration.retention.find(
      (r) => r.id === loaded.declaration.purposes.find((p) => p.id === 'claims-backup')?.retention,
    );
    const [duration] = all(process('claims-backup'), 'dpv:hasStorageCondition') as Node[];
    expect(duration?.['@type']).toBe('dpv:StorageDuration');
    expect((duration?.['dpv:hasDuration'] as Node | undefined)?.['rdf:value']).toEqual({
      '@value': rule?.duration,
      '@type': 'xsd:duration',
    });
    const [missing] = all(process('satisfaction-survey'), 'dpv:hasStorageCondition') as Node[];
    expect(ids(missing, 'dpv:hasApplicability')).toEqual(['dpv:NotAvailable']);
  });

  it('links every process to the declared security measures', () => {
    const measures = graph.filter((n) => String(n['@type']).endsWith('Measure')).map((n) => n['@id']);
    const security = loaded.declaration.security;
    expect(measures).toHaveLength(
      (security?.technical.length ?? 0) + (security?.organisational.length ?? 0) + (security?.physical.length ?? 0),
    );
    for (const a of ropa.activities)
      expect(ids(process(a.id), 'dpv:hasTechnicalOrganisationalMeasure')).toEqual(measures);
  });

  it('refers only to nodes it contains or to vocabulary terms', () => {
    const defined = new Set(graph.map((n) => n['@id']));
    for (const id of referencedIds(graph)) {
      if (id.startsWith('urn:vigie:')) expect(defined, id).toContain(id);
      else expect(Object.keys(context), id).toContain(id.split(':')[0]);
    }
  });

  it('writes texts in both languages', () => {
    expect(process('claims-backup')?.['rdfs:label']).toEqual([
      { '@value': 'Sauvegarder les dossiers de réclamation', '@language': 'fr' },
      { '@value': 'Back up claim files', '@language': 'en' },
    ]);
  });

  it('gives the same text when the declaration lists its keys in another order', () => {
    const source = stringify(gdprDeclaration().declaration);
    const reordered = stringify(parse(source), { sortMapEntries: true });
    expect(reordered).not.toBe(source);
    expect(ropaToJsonLd(buildRopa(load([{ path: 'sorted.yaml', text: reordered }])))).toBe(text);
  });
});

describe.each(EXAMPLE_NAMES)('the JSON-LD of the example %s', (name) => {
  it('parses, has a process per purpose and refers only to nodes it contains', () => {
    const example = loadExample(name);
    const { graph: nodes } = graphOf(ropaToJsonLd(buildRopa(example)));
    const processes = nodes.filter((n) => n['@type'] === 'dpv:PersonalDataProcess');
    expect(processes).toHaveLength(example.declaration.purposes.length);
    const defined = new Set(nodes.map((n) => n['@id']));
    for (const id of referencedIds(nodes).filter((i) => i.startsWith('urn:vigie:'))) expect(defined).toContain(id);
  });
});
