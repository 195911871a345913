import type { NoticeModel } from '../model/types.js';
import { changed, match, same } from './match.js';
import type { NoticeChange } from './types.js';

/** What is collected overall, then each purpose: added, renamed, re-described, re-based, with other data or retention. */
export function diffPurposes(before: NoticeModel, after: NoticeModel): NoticeChange[] {
  const changes: NoticeChange[] = [];
  const categories = match(before.collection.categories, after.collection.categories, (c) => c.id);
  if (categories.added.length > 0) {
    changes.push({ kind: 'categories-added', categories: categories.added.map((c) => c.name) });
  }
  if (categories.removed.length > 0) {
    changes.push({ kind: 'categories-removed', categories: categories.removed.map((c) => c.name) });
  }

  const purposes = match(before.purposes, after.purposes, (p) => p.id);
  for (const p of purposes.added) changes.push({ kind: 'purpose-added', purpose: p.name });
  for (const [old, now] of purposes.kept) {
    const name = changed(old.name, now.name);
    if (name) changes.push({ kind: 'purpose-renamed', name });
    if (!same(old.description, now.description)) changes.push({ kind: 'purpose-described', purpose: now.name });
    const bases = changed(old.bases, now.bases);
    if (bases) changes.push({ kind: 'purpose-basis', purpose: now.name, bases });
    const data = match(old.categories, now.categories, (c) => c.id);
    if (data.added.length > 0 || data.removed.length > 0) {
      changes.push({
        kind: 'purpose-categories',
        purpose: now.name,
        added: data.added.map((c) => c.name),
        removed: data.removed.map((c) => c.name),
      });
    }
    if (old.retention?.id !== now.retention?.id) {
      changes.push({
        kind: 'purpose-retention',
        purpose: now.name,
        rule: { before: old.retention?.name, after: now.retention?.name },
      });
    }
  }
  for (const p of purposes.removed) changes.push({ kind: 'purpose-removed', purpose: p.name });
  return changes;
}
