import type { NoticeModel, RetentionModel } from '../model/types.js';
import { changed, match } from './match.js';
import type { NoticeChange, RetentionTerms } from './types.js';

/** Retention rules added, removed, or keeping information for another time, from another event or with another end. */
export function diffRetention(before: NoticeModel, after: NoticeModel): NoticeChange[] {
  const changes: NoticeChange[] = [];
  const rules = match(before.retention, after.retention, (r) => r.id);
  for (const r of rules.added) {
    changes.push({ kind: 'retention-added', rule: r.name, purposes: r.purposes.map((p) => p.name), terms: termsOf(r) });
  }
  for (const [old, now] of rules.kept) {
    const terms = changed(termsOf(old), termsOf(now));
    if (terms)
      changes.push({ kind: 'retention-changed', rule: now.name, purposes: now.purposes.map((p) => p.name), terms });
  }
  for (const r of rules.removed) changes.push({ kind: 'retention-removed', rule: r.name });
  return changes;
}

function termsOf(rule: RetentionModel): RetentionTerms {
  return { duration: rule.duration, criteria: rule.criteria, trigger: rule.trigger, action: rule.action };
}
