import { type Location, locationSchema } from '../declaration/schema/common.js';
import type { Localized } from '../i18n/localized.js';

/**
 * A territory a rule pack cares about, written like a location: `{ country: CA, region: QC }` is Quebec,
 * `{ country: FR }` is France. Packs name it in their params so that no check hard-codes a jurisdiction.
 */
export const areaSchema = locationSchema;
export type Area = Location;

/**
 * Whether a place is known to lie inside the area. A Canadian place without a province is not: the law
 * asks where the information goes, and "somewhere in Canada" does not show that it stays in Quebec.
 */
export function isWithin(place: Location, area: Area): boolean {
  return place.country === area.country && (area.region === undefined || place.region === area.region);
}

/**
 * A place as a reader sees it in a finding: "US", "CA-ON", or, when the area needs a province and the
 * place gives none, "CA (province not stated)" so that the reader sees why it counts as outside.
 */
export function describePlace(place: Location, area?: Area): Localized {
  if (place.region !== undefined) {
    const text = `${place.country}-${place.region}`;
    return { fr: text, en: text };
  }
  if (area?.region !== undefined && place.country === area.country) {
    return { fr: `${place.country} (province non précisée)`, en: `${place.country} (province not stated)` };
  }
  return { fr: place.country, en: place.country };
}
