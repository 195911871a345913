import type { LoadedDeclaration } from '../declaration/load.js';
import { LANGS, type Localized } from '../i18n/localized.js';
import type { CheckDefinition, Hit } from './check-definition.js';
import { CHECKS } from './checks/index.js';
import { buildCheckContext } from './context.js';
import type { CheckReport, Finding } from './finding.js';
import { packApplies } from './regimes.js';
import type { Regime, Rule, RulePack, Severity } from './rule-pack.js';

export interface CheckOptions {
  /** Only these regimes, even if others apply (vigie check --regime). */
  readonly regimes?: readonly Regime[];
}

/** Runs every applicable rule pack over a loaded declaration. Pure: same input, same report. */
export function checkDeclaration(
  loaded: LoadedDeclaration,
  packs: readonly RulePack[],
  options: CheckOptions = {},
): CheckReport {
  const { declaration, taxonomy, sourceMap } = loaded;
  const selected = packs.filter((p) =>
    options.regimes ? options.regimes.includes(p.regime) : packApplies(p, declaration.organisation),
  );
  const regimes = new Set(selected.map((p) => p.regime));
  const context = buildCheckContext(declaration, taxonomy, regimes);
  const findings: Finding[] = [];
  let rulesRun = 0;
  for (const pack of selected) {
    for (const rule of pack.rules) {
      rulesRun++;
      const check = CHECKS.get(rule.check) as CheckDefinition | undefined;
      if (!check) throw new Error(`rule ${rule.id} names unknown check "${rule.check}"`);
      const params = check.params.parse(rule.params);
      for (const hit of check.run(context, params)) {
        findings.push(toFinding(pack.regime, rule, hit, sourceMap.locate(hit.path)));
      }
    }
  }
  findings.sort(
    (a, b) =>
      compareText(a.position?.file ?? '', b.position?.file ?? '') ||
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0) ||
      compareText(a.rule, b.rule),
  );
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { regimes: [...regimes], rulesRun, findings, counts };
}

/** localeCompare, skipped for equal texts: most findings share a file, and collation data is slow to load. */
function compareText(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

function toFinding(regime: Regime, rule: Rule, hit: Hit, position: Finding['position']): Finding {
  return {
    rule: rule.id,
    regime,
    severity: rule.severity,
    confidence: rule.confidence,
    citation: rule.citation,
    title: rule.title,
    message: fill(rule.message, hit.vars ?? {}),
    path: hit.path,
    position,
  };
}

/** Replaces {name} in each language with the hit's value in that language. */
function fill(template: Localized, vars: Readonly<Record<string, string | Localized>>): Localized {
  const out = { ...template };
  for (const lang of LANGS) {
    out[lang] = template[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === 'string' ? value : value[lang];
    });
  }
  return out;
}
