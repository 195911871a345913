import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type DeadlinePack, parseDeadlinePack } from './deadline-pack.js';

/** The deadline pack shipped with Vigie, as seen from this module; a bundle that inlines core passes its own path. */
export const BUILTIN_DEADLINE_PACK = fileURLToPath(
  new URL('../../rule-packs/requests/request-deadlines.yaml', import.meta.url),
);

const cache = new Map<string, DeadlinePack>();

/** Reads the deadline pack once per process (file access kept in this .node file, like the rule packs). */
export function loadDeadlinePack(file: string = BUILTIN_DEADLINE_PACK): DeadlinePack {
  let pack = cache.get(file);
  if (!pack) {
    pack = parseDeadlinePack(readFileSync(file, 'utf8'), file);
    cache.set(file, pack);
  }
  return pack;
}
