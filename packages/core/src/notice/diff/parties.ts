import type { NoticeModel } from '../model/types.js';
import { changed, match } from './match.js';
import type { NoticeChange } from './types.js';

/** Who receives the information: recipients added, changed in role, place or what they receive, or removed. */
export function diffRecipients(before: NoticeModel, after: NoticeModel): NoticeChange[] {
  const changes: NoticeChange[] = [];
  const recipients = match(before.recipients, after.recipients, (r) => r.id);
  for (const r of recipients.added) {
    changes.push({
      kind: 'recipient-added',
      name: r.name,
      role: r.role,
      locations: r.locations,
      categories: r.categories.map((c) => c.name),
    });
  }
  for (const [old, now] of recipients.kept) {
    const role = changed(old.role, now.role);
    const locations = changed(old.locations, now.locations);
    const data = match(old.categories, now.categories, (c) => c.id);
    if (!role && !locations && data.added.length === 0 && data.removed.length === 0) continue;
    changes.push({
      kind: 'recipient-changed',
      name: now.name,
      role,
      locations,
      added: data.added.map((c) => c.name),
      removed: data.removed.map((c) => c.name),
    });
  }
  for (const r of recipients.removed) changes.push({ kind: 'recipient-removed', name: r.name });
  return changes;
}

/** Information leaving Quebec, Canada or the EU: new destinations, other places or safeguards, ended transfers. */
export function diffTransfers(before: NoticeModel, after: NoticeModel): NoticeChange[] {
  const changes: NoticeChange[] = [];
  const transfers = match(before.transfers, after.transfers, (t) => t.id);
  for (const t of transfers.added) {
    changes.push({
      kind: 'transfer-added',
      name: t.name,
      locations: t.locations,
      crosses: t.crosses,
      safeguard: t.safeguard,
    });
  }
  for (const [old, now] of transfers.kept) {
    const locations = changed(old.locations, now.locations);
    const safeguard = changed(old.safeguard, now.safeguard);
    const assessment = changed(old.assessment?.status, now.assessment?.status);
    if (locations || safeguard || assessment) {
      changes.push({ kind: 'transfer-changed', name: now.name, locations, safeguard, assessment });
    }
  }
  for (const t of transfers.removed) changes.push({ kind: 'transfer-removed', name: t.name, crosses: t.crosses });
  return changes;
}
