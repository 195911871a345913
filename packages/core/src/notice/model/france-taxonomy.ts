import type { Localized } from '../../i18n/localized.js';
import { BUILTIN_SOURCES, BUILTIN_SUBJECT_CATEGORIES } from '../../taxonomy/subjects.js';
import type { Taxonomy } from '../../taxonomy/taxonomy.js';
import { TAXONOMY_FR_FR } from '../strings/taxonomy.fr-fr.js';

const BUILTIN_SUBJECT_FR = new Map(BUILTIN_SUBJECT_CATEGORIES.map((s) => [s.id, s.label.fr]));
const BUILTIN_SOURCE_FR = new Map(BUILTIN_SOURCES.map((s) => [s.id, s.label.fr]));

/**
 * The taxonomy as a French organisation's readers read it: built-in entries get France's words in
 * French. An entry the organisation labelled itself keeps its own words, in both languages:
 * categories say so with `builtin`; subjects and sources, which do not, still read the built-in words.
 */
export function withFranceTerms(taxonomy: Taxonomy): Taxonomy {
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
