import type { Declaration } from '../../declaration/schema/declaration.js';
import { type Resolver, unique, uniqueBy } from './resolve.js';
import type { CollectionModel } from './types.js';

/** The person is a source like the others in the declaration; the notice speaks of them apart. */
const DATA_SUBJECT = 'data-subject';

/** What is collected, about whom, from where and how, over all purposes. */
export function buildCollection(declaration: Declaration, resolve: Resolver): CollectionModel {
  const { purposes } = declaration;
  const sources = unique(purposes.flatMap((p) => p.sources));
  return {
    categories: resolve.categoriesOf(purposes),
    subjects: uniqueBy(purposes.flatMap((p) => p.subjects).map(resolve.subject)),
    fromYou: sources.includes(DATA_SUBJECT),
    otherSources: sources.filter((id) => id !== DATA_SUBJECT).map(resolve.source),
    means: unique(purposes.flatMap((p) => p.collectionMeans)),
  };
}
