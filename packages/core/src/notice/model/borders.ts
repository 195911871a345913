import type { Location } from '../../declaration/schema/common.js';
import type { Jurisdiction } from '../../declaration/schema/organisation.js';
import type { Border } from './types.js';

/**
 * The European Economic Area: the 27 EU member states plus Iceland, Liechtenstein and Norway.
 * The GDPR applies across the whole EEA, so only information leaving it is a transfer (GDPR Ch. V).
 * This is geography, not a legal parameter a rule pack tunes: membership changes by treaty.
 */
const EEA = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

/**
 * The borders a place lies beyond, seen from the organisation's jurisdictions: outside Quebec
 * (P-39.1 s.17, A-2.1 s.70.1), outside Canada (PIPEDA, and worth saying to a Quebec reader too),
 * outside the EEA (GDPR). A Canadian place without a province may be outside Quebec, so it counts
 * as one: the notice must not promise that information stays in Quebec when that is not known.
 */
export function bordersCrossed(place: Location, jurisdictions: readonly Jurisdiction[]): Border[] {
  const crossed: Border[] = [];
  const inCanada = place.country === 'CA';
  const quebec = jurisdictions.includes('QC');
  if (quebec && !(inCanada && place.region === 'QC')) crossed.push('quebec');
  if ((quebec || jurisdictions.includes('CA')) && !inCanada) crossed.push('canada');
  if ((jurisdictions.includes('EU') || jurisdictions.includes('FR')) && !EEA.has(place.country)) crossed.push('eu');
  return crossed;
}
