import type { Jurisdiction } from '../declaration/schema/organisation.js';
import type { Localized } from '../i18n/localized.js';
import { TAXONOMY_FR_FR } from './france-labels.js';
import { frenchVariantOf } from './french-variant.js';
import { BUILTIN_SOURCES, BUILTIN_SUBJECT_CATEGORIES } from './subjects.js';
import type { Taxonomy } from './taxonomy.js';

const BUILTIN_SUBJECT_FR = new Map(BUILTIN_SUBJECT_CATEGORIES.map((s) => [s.id, s.label.fr]));
const BUILTIN_SOURCE_FR = new Map(BUILTIN_SOURCES.map((s) => [s.id, s.label.fr]));

/**
 * The taxonomy in the French of the organisation's readers, for everything written from it (the notice,
 * the records of processing), so both name a category the same way: an organisation under French or EU
 * law alone reads « Adresse électronique », one under Quebec law keeps « Adresse courriel ».
 */
export function taxonomyForReaders(taxonomy: Taxonomy, jurisdictions: readonly Jurisdiction[]): Taxonomy {
  return frenchVariantOf(jurisdictions) === 'fr-FR' ? withFranceTerms(taxonomy) : taxonomy;
}

/**
 * Built-in entries get France's words in French. An entry the organisation labelled itself keeps its
 * own words, in both languages: categories say so with `builtin`; subjects and sources, which do not,
 * still read the built-in words.
 */
function withFranceTerms(taxonomy: Taxonomy): Taxonomy {
  const terms = TAXONOMY_FR_FR;
  return {
    categories: new Map(
      [...taxonomy.categories].map(([id, c]) => [
        id,
        c.builtin ? { ...c, label: inFrance(c.label, terms.categories[id]) } : c,
      ]),
    ),
    subjects: new Map(
      [...taxonomy.subjects].map(([id, s]) => [
        id,
        s.label.fr === BUILTIN_SUBJECT_FR.get(id) ? { ...s, label: inFrance(s.label, terms.subjects[id]) } : s,
      ]),
    ),
    sources: new Map(
      [...taxonomy.sources].map(([id, label]) => [
        id,
        label.fr === BUILTIN_SOURCE_FR.get(id) ? inFrance(label, terms.sources[id]) : label,
      ]),
    ),
  };
}

function inFrance(label: Localized, fr: string | undefined): Localized {
  return fr === undefined ? label : { ...label, fr };
}
