import type { LoadedDeclaration } from '../../declaration/load.js';
import { frenchVariantOf } from '../../taxonomy/french-variant.js';
import { buildNoticeModel } from '../model/build-model.js';
import type { NoticeModel } from '../model/types.js';
import { diffContacts } from './contacts.js';
import { diffCookies } from './cookies.js';
import { diffRecipients, diffTransfers } from './parties.js';
import { diffPurposes } from './purposes.js';
import { diffRetention } from './retention.js';
import { diffRights } from './rights.js';
import { undescribedSections } from './sections.js';
import { diffSecurity } from './security.js';
import type { NoticeChange, NoticeDiff } from './types.js';

export type { NoticeChange, NoticeDiff } from './types.js';

/**
 * What changed between two versions of the published notice, in the notice's own order:
 * version, contacts, what is collected and why, who receives it, transfers, retention, cookies,
 * rights, security. Items are matched by id (cookies by name), so a renamed purpose is a change, not
 * a removal and an addition. An empty list of changes means the notice is unchanged. They are written
 * in the current declaration's French, as its notice is.
 *
 * @example
 * const diff = diffNotices(previous, current);
 * const email = formatNoticeChanges(diff, 'fr', 'text');
 */
export function diffNotices(before: LoadedDeclaration, after: LoadedDeclaration): NoticeDiff {
  const old = buildNoticeModel(before);
  const now = buildNoticeModel(after);
  const described = [
    ...diffPolicy(old, now),
    ...diffContacts(old, now),
    ...diffPurposes(old, now),
    ...diffRecipients(old, now),
    ...diffTransfers(old, now),
    ...diffRetention(old, now),
    ...diffCookies(old, now),
    ...diffRights(old, now),
    ...diffSecurity(old, now),
  ];
  return {
    french: frenchVariantOf(now.organisation.jurisdictions),
    changes: [...described, ...undescribedSections(old, now, described)],
  };
}

function diffPolicy(old: NoticeModel, now: NoticeModel): NoticeChange[] {
  const before = { version: old.policy.version, effectiveDate: old.policy.effectiveDate };
  const after = { version: now.policy.version, effectiveDate: now.policy.effectiveDate };
  const same = before.version === after.version && before.effectiveDate === after.effectiveDate;
  return same ? [] : [{ kind: 'policy-version', before, after }];
}
