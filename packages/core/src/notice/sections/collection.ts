import type { Composer } from '../compose/composer.js';
import type { Block, Line, Section } from '../compose/document.js';
import { lowerFirst } from '../compose/inline.js';
import type { CategoryRef } from '../model/types.js';

/** What is collected, about whom, from whom and how (P-39.1 s.8; GDPR Arts. 13-14). */
export function collectionSection(c: Composer): Section {
  const { model, s } = c;
  const { collection } = model;
  const l = s.collection;
  const g = s.grammar;
  const blocks: Block[] = [
    { kind: 'paragraph', content: [l.intro] },
    { kind: 'list', items: groupByFamily(collection.categories).map((group) => familyLine(c, group)) },
  ];
  const sensitive = collection.categories.filter((cat) => cat.sensitive);
  if (sensitive.length > 0) blocks.push({ kind: 'paragraph', content: [l.sensitive(c.words(sensitive))] });
  if (collection.subjects.length > 0) {
    blocks.push({ kind: 'paragraph', content: [l.subjects(c.words(collection.subjects))] });
  }
  const others = c.words(collection.otherSources);
  const origin = collection.fromYou
    ? [l.fromYou, ...(collection.otherSources.length > 0 ? [l.alsoFrom(others)] : [])]
    : [l.onlyFrom(others)];
  blocks.push({ kind: 'paragraph', content: [origin.join(' ')] });
  if (collection.means.length > 0) {
    const means = g.list(collection.means.map((m) => s.labels.collectionMean[m]));
    blocks.push({ kind: 'paragraph', content: [l.means(means)] });
  }
  if (model.cookies.length > 0) {
    blocks.push({ kind: 'paragraph', content: [`${l.cookies} ${g.quote(c.sectionTitle('cookies'))}.`] });
  }
  return { id: 'collection', title: c.sectionTitle('collection'), blocks };
}

/** Categories under the family they belong to (email and phone under contact details), families in first-seen order. */
function groupByFamily(categories: readonly CategoryRef[]): CategoryRef[][] {
  const families = new Map<string, CategoryRef[]>();
  for (const category of categories) {
    const family = families.get(category.group.id);
    if (family) family.push(category);
    else families.set(category.group.id, [category]);
  }
  return [...families.values()];
}

/** "Coordonnées : adresse courriel, numéro de téléphone", or just the family when it is collected as a whole. */
function familyLine(c: Composer, family: readonly CategoryRef[]): Line {
  const { s } = c;
  const first = family[0];
  if (!first) return [];
  const members = family.filter((cat) => cat.id !== first.group.id);
  const familyName = c.t(first.group.name);
  if (members.length === 0) return [familyName];
  const list = s.grammar.list(members.map((cat) => lowerFirst(c.t(cat.name))));
  return [`${s.grammar.label(familyName)}${list}`];
}
