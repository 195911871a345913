import type { Location } from '../declaration/schema/common.js';
import type { Jurisdiction } from '../declaration/schema/organisation.js';
import type { RopaPlace } from './model.js';
import { canadaApplies, gdprApplies, quebecApplies } from './regimes.js';

/**
 * Members of the European Economic Area (the 27 EU states, Iceland, Liechtenstein, Norway), as ISO 3166-1
 * codes. The GDPR lets information move freely among them; anywhere else is a "third country" (Arts. 44-49).
 * This is geography rather than a legal parameter a rule weighs, so it lives here beside its one use.
 */
// biome-ignore format: a block of country codes reads better than one code per line
const EEA = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

const CANADA = 'CA';
const QUEBEC = 'QC';

/**
 * Places a location relative to the organisation's jurisdictions. A Canadian location without a province
 * counts as outside Quebec: the record cannot show that it stays in Quebec, so it lists it for review.
 */
export function placeOf(location: Location, jurisdictions: readonly Jurisdiction[]): RopaPlace {
  const quebec = quebecApplies(jurisdictions);
  const canada = canadaApplies(jurisdictions);
  const gdpr = gdprApplies(jurisdictions);
  return {
    country: location.country,
    ...(location.region !== undefined ? { region: location.region } : {}),
    outsideQuebec: quebec && !(location.country === CANADA && location.region === QUEBEC),
    outsideCanada: canada && location.country !== CANADA,
    gdprThirdCountry: gdpr && !EEA.has(location.country),
  };
}

/** Whether information sent to this place leaves the organisation's legal area. */
export function isTransfer(place: RopaPlace): boolean {
  return place.outsideQuebec || place.outsideCanada || place.gdprThirdCountry;
}

/** "CA-QC", "US": ISO 3166-2 style, the same in every language. */
export function placeCode(place: Location): string {
  return place.region === undefined ? place.country : `${place.country}-${place.region}`;
}
