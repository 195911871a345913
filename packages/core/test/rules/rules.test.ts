import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkDeclaration, formatPath, loadBuiltinRulePacks, loadDeclaration } from '../../src/index.js';
import { applyOps, type FixtureOp } from './fixture-ops.js';

const HERE = import.meta.dirname;
const packs = loadBuiltinRulePacks();
const bases = new Map(
  readdirSync(join(HERE, 'bases')).map((f) => [
    f.replace(/\.yaml$/, ''),
    parse(readFileSync(join(HERE, 'bases', f), 'utf8')),
  ]),
);

interface Fixture {
  base: string;
  fail: FixtureOp[];
  pass: FixtureOp[];
  /** The path the finding must point at, as formatPath writes it. */
  expect?: string;
}

function fixtureOf(ruleId: string): Fixture {
  return parse(readFileSync(join(HERE, 'fixtures', `${ruleId}.yaml`), 'utf8')) as Fixture;
}

function run(document: unknown, regime: (typeof packs)[number]['regime']) {
  const text = stringify(document);
  const loaded = loadDeclaration([{ path: 'fixture.yaml', text }]);
  if (!loaded.ok)
    throw new Error(
      `fixture is not a valid declaration:\n${loaded.issues.map((i) => `${formatPath(i.path)}: ${i.message.en}`).join('\n')}`,
    );
  return { text, report: checkDeclaration(loaded.value, packs, { regimes: [regime] }) };
}

describe('every rule pack', () => {
  it('has at least 40 rules in all', () => {
    expect(packs.reduce((n, p) => n + p.rules.length, 0)).toBeGreaterThanOrEqual(40);
  });

  it.each(packs.map((p) => [p.regime, p] as const))('%s: its base declaration breaks none of its rules', (_, pack) => {
    const base = bases.get(pack.regime);
    expect(base, `test/rules/bases/${pack.regime}.yaml`).toBeDefined();
    expect(run(base, pack.regime).report.findings.map((f) => `${f.rule} ${formatPath(f.path)}`)).toEqual([]);
  });
});

const ruleIds = new Set(packs.flatMap((p) => p.rules.map((r) => r.id)));
it('every fixture names a rule that exists', () => {
  const orphans = readdirSync(join(HERE, 'fixtures'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .filter((id) => !ruleIds.has(id));
  expect(orphans).toEqual([]);
});

for (const pack of packs) {
  describe(`${pack.regime} rules`, () => {
    for (const rule of pack.rules) {
      describe(`${rule.id}: ${rule.title.en}`, () => {
        const fixture = fixtureOf(rule.id);
        const base = bases.get(fixture.base);

        it('fires on its failing fixture, pointing at the line to edit', () => {
          const { text, report } = run(applyOps(base, fixture.fail), pack.regime);
          const hits = report.findings.filter((f) => f.rule === rule.id);
          expect(hits.length, `no ${rule.id} finding`).toBeGreaterThan(0);
          for (const hit of hits) {
            expect(hit.position?.line).toBeGreaterThan(0);
            expect(hit.message.fr).not.toMatch(/\{\w+\}/);
            expect(hit.message.en).not.toMatch(/\{\w+\}/);
            const last = [...hit.path].reverse().find((s) => typeof s === 'string');
            const line = text.split('\n')[(hit.position?.line ?? 1) - 1] ?? '';
            if (typeof hit.path.at(-1) === 'string') expect(line).toContain(String(last));
          }
          if (fixture.expect !== undefined) expect(hits.map((h) => formatPath(h.path))).toContain(fixture.expect);
        });

        it('stays silent on its passing fixture', () => {
          const { report } = run(applyOps(base, fixture.pass), pack.regime);
          expect(report.findings.filter((f) => f.rule === rule.id)).toEqual([]);
        });
      });
    }
  });
}
