import type { Location } from '../declaration/schema/common.js';
import type { Declaration } from '../declaration/schema/declaration.js';
import type { Purpose } from '../declaration/schema/purposes.js';
import type { Recipient, SystemDeclaration } from '../declaration/schema/recipients.js';
import type { Localized } from '../i18n/localized.js';
import { type DataCategory, isA, type Taxonomy } from '../taxonomy/taxonomy.js';
import { type Area, isWithin } from './area.js';
import type { Regime } from './rule-pack.js';

/** A place outside an area, with where it is written relative to its holder (['otherLocations', 1]). */
export interface PlaceOutside {
  readonly place: Location;
  readonly at: readonly (string | number)[];
}

/** The declaration with the indexes checks share, built once per run so every check stays linear. */
export interface CheckContext {
  readonly declaration: Declaration;
  readonly taxonomy: Taxonomy;
  readonly regimes: ReadonlySet<Regime>;
  readonly recipientsById: ReadonlyMap<string, Recipient>;
  readonly systemsById: ReadonlyMap<string, SystemDeclaration>;
  readonly retentionById: ReadonlyMap<string, Declaration['retention'][number]>;
  readonly assessmentsById: ReadonlyMap<string, Declaration['impactAssessments'][number]>;
  /** The resolved categories of a purpose. */
  categoriesOf(purpose: Purpose): readonly DataCategory[];
  /** Whether any category of the purpose is, or descends from, one of the ids. */
  purposeUses(purpose: Purpose, ...ancestors: string[]): boolean;
  /** Whether the purpose handles sensitive information (Quebec sense). */
  isSensitive(purpose: Purpose): boolean;
  /** Whether the purpose handles a GDPR Art. 9 special category. */
  isSpecialCategory(purpose: Purpose): boolean;
  /** Whether any subject category of the purpose may include minors. */
  concernsMinors(purpose: Purpose): boolean;
  /** Whether the declaration as a whole concerns minors. */
  readonly anyMinors: boolean;
  /** Every place a recipient stores or processes the information. */
  placesOf(recipient: Recipient): readonly Location[];
  /** The places of a recipient or system that are not known to lie inside the area (e.g. outside Quebec). */
  placesOutside(holder: Recipient | SystemDeclaration, area: Area): readonly PlaceOutside[];
  /** The name of a purpose, for messages. */
  nameOf(purpose: Purpose): Localized;
}

export function buildCheckContext(
  declaration: Declaration,
  taxonomy: Taxonomy,
  regimes: ReadonlySet<Regime>,
): CheckContext {
  const recipientsById = new Map(declaration.recipients.map((r) => [r.id, r]));
  const systemsById = new Map(declaration.systems.map((s) => [s.id, s]));
  const retentionById = new Map(declaration.retention.map((r) => [r.id, r]));
  const assessmentsById = new Map(declaration.impactAssessments.map((a) => [a.id, a]));
  const categoryCache = new WeakMap<Purpose, readonly DataCategory[]>();
  const categoriesOf = (purpose: Purpose) => {
    let list = categoryCache.get(purpose);
    if (!list) {
      list = purpose.dataCategories.flatMap((id) => {
        const c = taxonomy.categories.get(id);
        return c ? [c] : [];
      });
      categoryCache.set(purpose, list);
    }
    return list;
  };
  const concernsMinors = (purpose: Purpose) =>
    purpose.subjects.some((id) => taxonomy.subjects.get(id)?.includesMinors === true) ||
    categoriesOf(purpose).some((c) => isA(c, 'minors'));
  return {
    declaration,
    taxonomy,
    regimes,
    recipientsById,
    systemsById,
    retentionById,
    assessmentsById,
    categoriesOf,
    purposeUses: (purpose, ...ancestors) => categoriesOf(purpose).some((c) => ancestors.some((a) => isA(c, a))),
    isSensitive: (purpose) => categoriesOf(purpose).some((c) => c.sensitive),
    isSpecialCategory: (purpose) => categoriesOf(purpose).some((c) => c.specialCategory),
    concernsMinors,
    anyMinors: declaration.purposes.some(concernsMinors),
    placesOf: (recipient) => [recipient.location, ...recipient.otherLocations],
    placesOutside: (holder, area) => {
      const out: PlaceOutside[] = [];
      if (!isWithin(holder.location, area)) out.push({ place: holder.location, at: ['location'] });
      if ('otherLocations' in holder) {
        holder.otherLocations.forEach((place, i) => {
          if (!isWithin(place, area)) out.push({ place, at: ['otherLocations', i] });
        });
      }
      return out;
    },
    nameOf: (purpose) => purpose.name,
  };
}
