import type { NoticeModel } from '../model/types.js';
import { changed, match } from './match.js';
import type { NoticeChange } from './types.js';

/** Cookies are known by name (a pattern such as `_ga_*` counts as one cookie). */
export function diffCookies(before: NoticeModel, after: NoticeModel): NoticeChange[] {
  const changes: NoticeChange[] = [];
  const cookies = match(before.cookies, after.cookies, (c) => c.name);
  for (const c of cookies.added) {
    changes.push({
      kind: 'cookie-added',
      name: c.name,
      provider: c.provider,
      category: c.category,
      offUntilAccepted: c.offUntilAccepted,
    });
  }
  for (const [old, now] of cookies.kept) {
    const category = changed(old.category, now.category);
    const lifetime = changed(old.lifetime, now.lifetime);
    const offUntilAccepted = changed(old.offUntilAccepted, now.offUntilAccepted);
    if (category || lifetime || offUntilAccepted) {
      changes.push({ kind: 'cookie-changed', name: now.name, category, lifetime, offUntilAccepted });
    }
  }
  for (const c of cookies.removed) changes.push({ kind: 'cookie-removed', name: c.name, provider: c.provider });
  return changes;
}
