import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRulePack } from './parse-rule-pack.js';
import type { RulePack } from './rule-pack.js';

/** The folder of the rule packs shipped with Vigie: packages/core/rule-packs. */
export const BUILTIN_RULE_PACKS_DIR = fileURLToPath(new URL('../../rule-packs/', import.meta.url));

let cache: readonly RulePack[] | undefined;

/** Reads the shipped rule packs once per process (the only file access in core, kept in this .node file). */
export function loadBuiltinRulePacks(): readonly RulePack[] {
  cache ??= readdirSync(BUILTIN_RULE_PACKS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parseRulePack(readFileSync(`${BUILTIN_RULE_PACKS_DIR}${f}`, 'utf8'), f));
  return cache;
}
