import type { Jurisdiction, Organisation } from '../declaration/schema/organisation.js';
import type { RequestRegime } from './deadline-pack.js';

/**
 * The regimes whose clock can govern the organisation's requests, from its kind and jurisdictions
 * (as in check/regimes.ts). A health and social services body is coded under A-2.1 until R-22.1's own
 * access deadlines are read (to confirm); PIPEDA governs commercial activity only.
 */
export function requestRegimesOf(organisation: Pick<Organisation, 'kind' | 'jurisdictions'>): RequestRegime[] {
  const regimes: RequestRegime[] = [];
  const has = (j: Jurisdiction) => organisation.jurisdictions.includes(j);
  if (has('QC')) regimes.push(organisation.kind === 'private-enterprise' ? 'qc-private' : 'qc-public');
  if (has('CA') && organisation.kind === 'private-enterprise') regimes.push('pipeda');
  if (has('EU') || has('FR')) regimes.push('gdpr-fr');
  return regimes;
}

/** Where the person lives, as far as their rights go: Quebec, elsewhere in Canada, the EU, or elsewhere. */
export type PersonRegion = 'QC' | 'CA' | 'EU' | 'other';

const REGION_REGIMES: Record<PersonRegion, readonly RequestRegime[]> = {
  QC: ['qc-private', 'qc-public'],
  CA: ['pipeda'],
  EU: ['gdpr-fr'],
  other: [],
};

export type RegimeChoice =
  | { readonly ok: true; readonly regime: RequestRegime; readonly why: 'only' | 'person' | 'strictest' }
  | { readonly ok: false; readonly code: 'requests.no-regime' };

/**
 * The regime of one request. With several, the person's region decides; when it does not (unknown,
 * or a region none of them covers), the strictest clock applies (`strictest` picks it: the earliest
 * deadline), so that no law's deadline is missed.
 */
export function chooseRegime(
  candidates: readonly RequestRegime[],
  personRegion: PersonRegion | undefined,
  strictest: (regimes: readonly RequestRegime[]) => RequestRegime,
): RegimeChoice {
  const [first] = candidates;
  if (first === undefined) return { ok: false, code: 'requests.no-regime' };
  if (candidates.length === 1) return { ok: true, regime: first, why: 'only' };
  const matching = personRegion ? candidates.filter((r) => REGION_REGIMES[personRegion].includes(r)) : [];
  const [own] = matching;
  if (own !== undefined && matching.length === 1) return { ok: true, regime: own, why: 'person' };
  return { ok: true, regime: strictest(matching.length > 1 ? matching : candidates), why: 'strictest' };
}
