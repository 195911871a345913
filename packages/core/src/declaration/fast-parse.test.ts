import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { applyOps, type FixtureOp } from '../../test/rules/fixture-ops.js';
import { createFastParse } from './fast-parse.js';
import { declarationSchema, LIST_SECTIONS } from './schema/declaration.js';

const CORE_TEST = join(import.meta.dirname, '../../test');
const EXAMPLES = join(import.meta.dirname, '../../../../examples');
const parseYaml = (file: string) => load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
const fastDeclaration = createFastParse(declarationSchema);

/** The first place where two values differ (types, key order, own keys set to undefined, array length), or ''. */
function difference(a: unknown, b: unknown, path = '$'): string {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return `${path}: array and non-array`;
    if (a.length !== b.length) return `${path}: lengths ${a.length} and ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const found = difference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
    return '';
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: prototypes differ`;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.join() !== keysB.join()) return `${path}: keys ${keysA.join()} and ${keysB.join()}`;
    for (const key of keysA) {
      const found = difference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found) return found;
    }
    return '';
  }
  return Object.is(a, b) ? '' : `${path}: ${String(a)} and ${String(b)}`;
}

/** The fast path and zod agree: the same value for a valid input, a refusal for an invalid one. */
function expectSameAsZod(schema: z.ZodType, input: unknown): 'valid' | 'invalid' {
  const fast = createFastParse(schema)(input);
  const zod = schema.safeParse(input);
  if (!zod.success) {
    expect(fast, 'the fast path accepted what zod refuses').toBeUndefined();
    return 'invalid';
  }
  expect(fast, 'the fast path refused what zod accepts').toBeDefined();
  expect(difference(fast?.data, zod.data)).toBe('');
  return 'valid';
}

/** A declaration folder merged as the loader merges it: list sections concatenated. */
function mergedExample(name: string): Record<string, unknown> {
  const dir = join(EXAMPLES, name);
  const files = statSync(dir).isDirectory()
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => join(dir, f))
    : [dir];
  const merged: Record<string, unknown> = {};
  for (const file of files) {
    for (const [key, value] of Object.entries(parseYaml(file) as Record<string, unknown>)) {
      const list = (LIST_SECTIONS as readonly string[]).includes(key) && Array.isArray(value);
      merged[key] = list ? [...((merged[key] as unknown[] | undefined) ?? []), ...value] : value;
    }
  }
  return merged;
}

const bases = new Map(
  readdirSync(join(CORE_TEST, 'rules/bases')).map((f) => [
    f.replace(/\.yaml$/, ''),
    parseYaml(join(CORE_TEST, 'rules/bases', f)),
  ]),
);

/** Every rule fixture's failing and passing declarations: edits that reach many optional and default fields. */
function fixtureDeclarations(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const file of readdirSync(join(CORE_TEST, 'rules/fixtures')).sort()) {
    const fixture = parseYaml(join(CORE_TEST, 'rules/fixtures', file)) as {
      base: string;
      fail: FixtureOp[];
      pass: FixtureOp[];
    };
    const base = bases.get(fixture.base);
    out.push([`${file} fail`, applyOps(base, fixture.fail)]);
    fixture.pass.forEach((op, i) => {
      out.push([`${file} pass ${i}`, applyOps(base, [op])]);
    });
  }
  return out;
}

describe('the compiled declaration parser', () => {
  it.each(['demo', 'student-plan-qc', 'medical-clinics-qc', 'health-partner-network-fr'])(
    'gives zod’s value for examples/%s',
    (name) => {
      expect(expectSameAsZod(declarationSchema, mergedExample(name))).toBe('valid');
    },
  );

  it.each([...bases.keys()])('gives zod’s value for the %s rule base', (name) => {
    expect(expectSameAsZod(declarationSchema, bases.get(name))).toBe('valid');
  });

  it.each(['notice-base.yaml', 'notice-base-fr.yaml'])('gives zod’s value for the notice fixture %s', (file) => {
    expect(expectSameAsZod(declarationSchema, parseYaml(join(CORE_TEST, 'notice/fixtures', file)))).toBe('valid');
  });

  it('agrees with zod on every rule fixture', () => {
    const verdicts = fixtureDeclarations().map(([, doc]) => expectSameAsZod(declarationSchema, doc));
    expect(verdicts.length).toBeGreaterThan(150);
    expect(verdicts).toContain('valid');
  });

  const broken: [string, FixtureOp[]][] = [
    ['an unknown section', [{ set: 'extra', value: 1 }]],
    ['an unknown key in a purpose', [{ set: 'purposes[0].colour', value: 'blue' }]],
    ['an unknown key deep in a legal basis', [{ set: 'purposes[0].legalBasis.quebec.why', value: 'x' }]],
    ['a missing required key', [{ delete: 'purposes[0].name' }]],
    ['a missing required section', [{ delete: 'policy' }]],
    ['a text where a flag is expected', [{ set: 'purposes[0].secondary', value: 'yes' }]],
    ['null for an optional text', [{ set: 'purposes[0].description', value: null }]],
    ['an id that breaks the pattern', [{ set: 'purposes[0].id', value: 'Bad Id' }]],
    ['an empty list that needs one entry', [{ set: 'purposes[0].dataCategories', value: [] }]],
    ['an unknown enum value', [{ set: 'organisation.kind', value: 'pirate' }]],
    ['a wrong format version', [{ set: 'vigie', value: 2 }]],
    ['a duration that matches the pattern but not the refinement', [{ set: 'retention[0].duration', value: 'P' }]],
    ['a cookie lifetime neither session nor a duration', [{ set: 'cookies[0].lifetime', value: 'forever' }]],
    ['a bad email', [{ set: 'organisation.personInCharge.email', value: 'not-an-email' }]],
    ['a bad web address', [{ set: 'organisation.website', value: 'not a url' }]],
    ['an age out of range', [{ set: 'minors.parentalConsentUnder', value: 30 }]],
    ['an age that is not a whole number', [{ set: 'minors.parentalConsentUnder', value: 13.5 }]],
    ['a list where a mapping is expected', [{ set: 'organisation.address', value: ['1 rue'] }]],
    ['a mapping where a list is expected', [{ set: 'purposes', value: { a: 1 } }]],
  ];
  it.each(broken)('refuses, as zod does, %s', (_, ops) => {
    const base = bases.get('qc-private') as Record<string, unknown>;
    const withCookie = applyOps(base, [
      {
        append: 'cookies',
        value: {
          name: 'sid',
          provider: 'us',
          category: 'essential',
          lifetime: 'session',
          purpose: { fr: 'a', en: 'a' },
        },
      },
      { set: 'minors', value: { parentalConsentUnder: 14, process: { fr: 'a', en: 'a' } } },
    ]);
    expect(expectSameAsZod(declarationSchema, withCookie)).toBe('valid');
    expect(expectSameAsZod(declarationSchema, applyOps(withCookie, ops))).toBe('invalid');
  });

  it('gives zod’s value for dataset annotations, with retention as a rule id and as a binding', () => {
    const base = bases.get('qc-private') as Record<string, unknown>;
    const table = (name: string, retention: unknown) => ({
      name,
      key: ['id'],
      person: name === 'members',
      erase: 'keep',
      retention,
      columns: [{ name: 'email', identity: name === 'members' ? 'email' : undefined, category: 'email' }],
    });
    const doc = applyOps(base, [
      {
        set: 'datasets',
        value: [
          {
            id: 'member-db',
            system: 'crm',
            engine: 'postgres',
            tables: [
              table('members', 'end-of-contract-7y'),
              table('claims', { rule: 'end-of-contract-7y', from: 'email', holdColumn: 'email' }),
              table('notes', { rule: 'end-of-contract-7y', from: 'email', except: [{ column: 'email', values: [1] }] }),
            ],
          },
        ],
      },
    ]);
    expect(expectSameAsZod(declarationSchema, doc)).toBe('valid');
    expect(
      expectSameAsZod(declarationSchema, applyOps(doc, [{ set: 'datasets[0].tables[1].retention.to', value: 1 }])),
    ).toBe('invalid');
  });

  it('gives zod’s value for webhook and manual systems, and refuses what zod refuses about their shape', () => {
    const base = bases.get('qc-private') as Record<string, unknown>;
    const webhook = { id: 'pharmacy', system: 'crm', engine: 'webhook' };
    const manual = {
      id: 'paper',
      system: 'crm',
      engine: 'manual',
      instructions: { fr: 'Classeur du 2e étage, Mme Roy', en: '2nd floor cabinet, Ms Roy' },
    };
    const doc = applyOps(base, [{ set: 'datasets', value: [webhook, manual] }]);
    expect(expectSameAsZod(declarationSchema, doc)).toBe('valid');
    expect(fastDeclaration(doc)?.data.datasets.map((d) => d.tables)).toEqual([[], []]);
    const broken = [
      [{ ...manual, instructions: undefined }],
      [{ ...webhook, instructions: manual.instructions }],
      [{ ...webhook, engine: 'postgres' }],
      [{ ...webhook, tables: [{ name: 'members', key: ['id'], erase: 'keep' }] }],
    ];
    for (const value of broken)
      expect(expectSameAsZod(declarationSchema, applyOps(base, [{ set: 'datasets', value }]))).toBe('invalid');
  });

  it('returns zod’s normalised web address and a fresh copy of each default', () => {
    const base = bases.get('qc-private') as Record<string, unknown>;
    const doc = applyOps(base, [{ set: 'organisation.website', value: ' https://exemple.ca ' }]);
    expect(expectSameAsZod(declarationSchema, doc)).toBe('valid');
    const first = fastDeclaration(base)?.data;
    const second = fastDeclaration(base)?.data;
    expect(first?.purposes[0]?.collectionMeans).not.toBe(second?.purposes[0]?.collectionMeans);
  });

  it('leaves to zod what it does not model, and agrees with its verdict', () => {
    const schema = z.strictObject({
      tags: z.record(z.string(), z.number()),
      trimmed: z.string().trim().min(2),
      either: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('a'), a: z.string() }),
        z.strictObject({ kind: z.literal('b'), b: z.number() }),
      ]),
      loose: z.looseObject({ x: z.number() }),
      stripped: z.object({ y: z.boolean().default(true) }),
    });
    const valid = {
      tags: { a: 1 },
      trimmed: '  ok ',
      either: { kind: 'b', b: 2 },
      loose: { x: 1, z: 2 },
      stripped: { q: 1 },
    };
    expect(expectSameAsZod(schema, valid)).toBe('valid');
    expect(expectSameAsZod(schema, { ...valid, trimmed: ' a ' })).toBe('invalid');
    expect(expectSameAsZod(schema, { ...valid, either: { kind: 'a', b: 2 } })).toBe('invalid');
  });
});
