import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type IncidentRules, parseIncidentRules } from './incident-rules.js';

/** The incident rules shipped with Vigie, as seen from this module. */
const BUILTIN_INCIDENT_RULES = fileURLToPath(
  new URL('../../rule-packs/incidents/incident-rules.yaml', import.meta.url),
);

const cache = new Map<string, IncidentRules>();

/** Reads the incident rules once per process (file access kept in this .node file, like the rule packs). */
export function loadIncidentRules(file: string = BUILTIN_INCIDENT_RULES): IncidentRules {
  let rules = cache.get(file);
  if (!rules) {
    rules = parseIncidentRules(readFileSync(file, 'utf8'), file);
    cache.set(file, rules);
  }
  return rules;
}
