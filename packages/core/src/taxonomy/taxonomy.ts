import type { Declaration } from '../declaration/schema/declaration.js';
import type { Localized } from '../i18n/localized.js';
import { BUILTIN_DATA_CATEGORIES } from './data-categories.js';
import { BUILTIN_SOURCES, BUILTIN_SUBJECT_CATEGORIES } from './subjects.js';

export interface DataCategory {
  readonly id: string;
  readonly label: Localized;
  readonly dpv: string;
  /** Its id and those of its ancestors, nearest first. */
  readonly lineage: readonly string[];
  readonly sensitive: boolean;
  readonly specialCategory: boolean;
  readonly builtin: boolean;
}

export interface SubjectCategory {
  readonly id: string;
  readonly label: Localized;
  readonly dpv: string;
  readonly includesMinors: boolean;
}

/** The built-in taxonomy merged with the organisation's extensions, with inherited flags resolved. */
export interface Taxonomy {
  readonly categories: ReadonlyMap<string, DataCategory>;
  readonly subjects: ReadonlyMap<string, SubjectCategory>;
  readonly sources: ReadonlyMap<string, Localized>;
}

interface RawCategory {
  label: Localized;
  parent?: string | undefined;
  sensitive?: boolean | undefined;
  specialCategory?: boolean | undefined;
  dpv?: string | undefined;
  builtin: boolean;
}

type TaxonomyInput = Pick<Declaration, 'dataCategories' | 'subjectCategories' | 'sources'>;

export function buildTaxonomy(declaration: TaxonomyInput): Taxonomy {
  const raw = new Map<string, RawCategory>();
  for (const b of BUILTIN_DATA_CATEGORIES) raw.set(b.id, { ...b, builtin: true });
  for (const d of declaration.dataCategories) {
    const base = raw.get(d.id);
    raw.set(d.id, { ...base, ...stripUndefined(d), label: d.label, builtin: false });
  }

  const categories = new Map<string, DataCategory>();
  const resolve = (id: string, seen: Set<string>): DataCategory | undefined => {
    const done = categories.get(id);
    if (done) return done;
    const entry = raw.get(id);
    if (!entry || seen.has(id)) return undefined;
    seen.add(id);
    const parent = entry.parent ? resolve(entry.parent, seen) : undefined;
    const category: DataCategory = {
      id,
      label: entry.label,
      dpv: entry.dpv ?? parent?.dpv ?? 'dpv:PersonalData',
      lineage: [id, ...(parent?.lineage ?? [])],
      sensitive: entry.sensitive ?? parent?.sensitive ?? false,
      specialCategory: entry.specialCategory ?? parent?.specialCategory ?? false,
      builtin: entry.builtin,
    };
    categories.set(id, category);
    return category;
  };
  for (const id of raw.keys()) resolve(id, new Set());

  const subjects = new Map<string, SubjectCategory>();
  for (const b of BUILTIN_SUBJECT_CATEGORIES) subjects.set(b.id, { ...b, includesMinors: b.includesMinors ?? false });
  for (const d of declaration.subjectCategories) {
    const base = subjects.get(d.id);
    subjects.set(d.id, {
      id: d.id,
      label: d.label,
      dpv: d.dpv ?? base?.dpv ?? 'dpv:DataSubject',
      includesMinors: d.includesMinors ?? base?.includesMinors ?? false,
    });
  }

  const sources = new Map<string, Localized>();
  for (const b of BUILTIN_SOURCES) sources.set(b.id, b.label);
  for (const d of declaration.sources) sources.set(d.id, d.label);

  return { categories, subjects, sources };
}

/** Whether a category is, or descends from, one of the given ids. */
export function isA(category: DataCategory | undefined, ancestor: string): boolean {
  return category?.lineage.includes(ancestor) ?? false;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
