import type { Organisation } from '../declaration/schema/organisation.js';
import type { RulePack } from './rule-pack.js';

/** Whether a pack's regime governs this organisation, from its kind, jurisdictions and activities. */
export function packApplies(pack: RulePack, organisation: Organisation): boolean {
  const { jurisdictions, kinds, healthServices } = pack.appliesTo;
  if (!jurisdictions.some((j) => organisation.jurisdictions.includes(j))) return false;
  const kindMatches = kinds === undefined || kinds.includes(organisation.kind);
  const healthMatches = healthServices === true && organisation.providesHealthServices;
  return kindMatches || healthMatches;
}
