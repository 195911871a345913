import type { PostalAddress } from '../../declaration/schema/common.js';
import type { ContactPerson } from '../../declaration/schema/organisation.js';
import type { Lang } from '../../i18n/localized.js';
import type { RopaPlace } from '../model.js';
import { placeCode } from '../places.js';
import type { RopaStrings } from '../strings/ropa-strings.js';

/** Upper-cases the first letter, for an enumeration label that starts a cell. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "Label : value" in French, "Label: value" in English. */
export function labelled(s: RopaStrings, label: string, value: string): string {
  return `${label}${s.colon}${value}`;
}

/** One line: street, city, region, postal code, country. */
export function formatAddress(a: PostalAddress): string {
  return [a.street, a.city, a.region, a.postalCode, a.country].filter(present).join(', ');
}

/** Name, title, email, phone, web page and address, as far as they are given. */
export function formatContact(person: ContactPerson, lang: Lang): string {
  return [
    person.name,
    person.title?.[lang],
    person.email,
    person.phone,
    person.url,
    person.address && formatAddress(person.address),
  ]
    .filter(present)
    .join(', ');
}

/** "CA-QC / US" */
export function formatPlaces(places: readonly RopaPlace[]): string {
  return places.map(placeCode).join(' / ');
}

/** "(a, b)" after a text, or nothing when there is nothing to add. */
export function withNotes(text: string, notes: readonly (string | undefined | false)[]): string {
  const kept = notes.filter(present);
  return kept.length === 0 ? text : `${text} (${kept.join(', ')})`;
}

function present<T>(value: T | undefined | false | ''): value is T {
  return value !== undefined && value !== false && value !== '';
}
