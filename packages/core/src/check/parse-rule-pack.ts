import { CORE_SCHEMA, load } from 'js-yaml';
import { CHECKS } from './checks/index.js';
import { type RulePack, rulePackSchema } from './rule-pack.js';

/**
 * Reads a rule pack (YAML) and verifies that every rule names a known check with valid
 * parameters. A broken pack is a defect of the product, so it throws with the rule at fault.
 */
export function parseRulePack(text: string, name: string): RulePack {
  const parsed = rulePackSchema.safeParse(load(text, { schema: CORE_SCHEMA, filename: name }));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`rule pack ${name}: ${first?.path.join('.')}: ${first?.message}`);
  }
  const ids = new Set<string>();
  for (const rule of parsed.data.rules) {
    if (ids.has(rule.id)) throw new Error(`rule pack ${name}: duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    const check = CHECKS.get(rule.check);
    if (!check) throw new Error(`rule pack ${name}: rule ${rule.id} names unknown check "${rule.check}"`);
    const params = check.params.safeParse(rule.params);
    if (!params.success) {
      throw new Error(`rule pack ${name}: rule ${rule.id}: invalid params: ${params.error.issues[0]?.message}`);
    }
  }
  return parsed.data;
}
