import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRulePack } from './parse-rule-pack.js';
import type { RulePack } from './rule-pack.js';

/**
 * The folder of the rule packs shipped with Vigie (packages/core/rule-packs), as seen from this
 * module. A bundle that inlines core must pass its own path to loadBuiltinRulePacks.
 */
export const BUILTIN_RULE_PACKS_DIR = fileURLToPath(new URL('../../rule-packs/', import.meta.url));

const cache = new Map<string, readonly RulePack[]>();

/** Reads the rule packs of a folder once per process (the only file access in core, kept in this .node file). */
export function loadBuiltinRulePacks(dir: string = BUILTIN_RULE_PACKS_DIR): readonly RulePack[] {
  let packs = cache.get(dir);
  if (!packs) {
    packs = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => parseRulePack(readFileSync(join(dir, f), 'utf8'), f));
    cache.set(dir, packs);
  }
  return packs;
}
