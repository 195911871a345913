import type { Location, PostalAddress } from '../../declaration/schema/common.js';
import type { Lang } from '../../i18n/localized.js';
import type { NoticeStrings } from '../strings/types.js';

/**
 * A country's name in the reader's language. Intl's region names are part of the platform's
 * Unicode data (CLDR), so the output does not depend on the machine's locale settings.
 */
function countryName(code: string, lang: Lang): string {
  const key = `${lang}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    let names = regionNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
      regionNames.set(lang, names);
    }
    name = names.of(code) ?? code;
    countryNames.set(key, name);
  }
  return name;
}

/** Looking a region name up loads locale data: once per language and country, not once per place. */
const countryNames = new Map<string, string>();
/** Building a DisplayNames loads the language's data: once per language. */
const regionNames = new Map<Lang, Intl.DisplayNames>();

/** "Québec (Canada)", "Ontario (Canada)", "Irlande", "États-Unis (VA)". */
export function placeName(place: Location, lang: Lang, s: NoticeStrings): string {
  const country = countryName(place.country, lang);
  if (place.region === undefined) return country;
  const region = place.country === 'CA' ? (s.labels.provinces[place.region] ?? place.region) : place.region;
  return place.country === 'CA' ? `${region} (${country})` : `${country} (${region})`;
}

/**
 * A postal address on one line, the way each country writes it: French postal codes come before
 * the city; Canadian ones after the city and province in parentheses ("Montréal (Québec) H2X 1Y4").
 */
export function formatAddress(address: PostalAddress, lang: Lang, s: NoticeStrings): string {
  const country = countryName(address.country, lang);
  const code = address.postalCode;
  if (address.country === 'FR') return `${address.street}, ${code ? `${code} ` : ''}${address.city}, ${country}`;
  const region = address.region && (s.labels.provinces[address.region] ?? address.region);
  const city = `${address.city}${region ? ` (${region})` : ''}${code ? ` ${code}` : ''}`;
  return `${address.street}, ${city}, ${country}`;
}
