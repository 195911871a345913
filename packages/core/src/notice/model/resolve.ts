import type { Declaration } from '../../declaration/schema/declaration.js';
import type { Purpose } from '../../declaration/schema/purposes.js';
import type { Taxonomy } from '../../taxonomy/taxonomy.js';
import type { CategoryRef, Ref } from './types.js';

/** Turns the ids a declaration uses into the names a reader sees; the loader has already checked they exist. */
export interface Resolver {
  category(id: string): CategoryRef;
  subject(id: string): Ref;
  source(id: string): Ref;
  purpose(purpose: Purpose): Ref;
  retention(id: string): Ref;
  /** The categories of several purposes, each once, in the order the purposes name them. */
  categoriesOf(purposes: readonly Purpose[]): CategoryRef[];
}

export function createResolver(declaration: Declaration, taxonomy: Taxonomy): Resolver {
  const rules = new Map(declaration.retention.map((r) => [r.id, r]));
  // What the law calls sensitive depends on the law: Quebec and PIPEDA count financial information,
  // the GDPR only its Art. 9 special categories. An organisation under the GDPR alone says the latter.
  const { jurisdictions } = declaration.organisation;
  const canadian = jurisdictions.includes('QC') || jurisdictions.includes('CA');
  // Purposes name the same categories thousands of times: build each reference once.
  const categoryRefs = new Map<string, CategoryRef>();
  const category = (id: string): CategoryRef => {
    let ref = categoryRefs.get(id);
    if (!ref) {
      ref = buildCategoryRef(id);
      categoryRefs.set(id, ref);
    }
    return ref;
  };
  const buildCategoryRef = (id: string): CategoryRef => {
    const found = taxonomy.categories.get(id);
    if (!found) return { id, name: { fr: id, en: id }, sensitive: false, group: { id, name: { fr: id, en: id } } };
    const rootId = found.lineage.at(-1) ?? id;
    const root = taxonomy.categories.get(rootId) ?? found;
    const sensitive = canadian ? found.sensitive : found.specialCategory;
    return { id, name: found.label, sensitive, group: { id: root.id, name: root.label } };
  };
  return {
    category,
    subject: (id) => ({ id, name: taxonomy.subjects.get(id)?.label ?? { fr: id, en: id } }),
    source: (id) => ({ id, name: taxonomy.sources.get(id) ?? { fr: id, en: id } }),
    purpose: (purpose) => ({ id: purpose.id, name: purpose.name }),
    retention: (id) => ({ id, name: rules.get(id)?.name ?? { fr: id, en: id } }),
    categoriesOf: (purposes) => {
      // One pass, no intermediate arrays: it runs for every recipient and transfer over their purposes.
      const seen = new Set<string>();
      const refs: CategoryRef[] = [];
      for (const purpose of purposes) {
        for (const id of purpose.dataCategories) {
          if (seen.has(id)) continue;
          seen.add(id);
          refs.push(category(id));
        }
      }
      return refs;
    },
  };
}

/** Keeps the first item of each id, in order: every list a reader sees is stable and free of repeats. */
export function uniqueBy<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
