import type { NoticeModel } from '../model/types.js';
import { changed, match } from './match.js';
import type { NoticeChange } from './types.js';

/** Rights offered, the answer deadline and the ways to make a request. */
export function diffRights(before: NoticeModel, after: NoticeModel): NoticeChange[] {
  const changes: NoticeChange[] = [];
  const rights = match(before.rights?.available ?? [], after.rights?.available ?? [], (r) => r);
  for (const right of rights.added) changes.push({ kind: 'right-added', right });
  for (const right of rights.removed) changes.push({ kind: 'right-removed', right });
  const deadline = changed(before.rights?.responseDeadline, after.rights?.responseDeadline);
  if (deadline) changes.push({ kind: 'response-deadline', deadline });
  const key = (c: { kind: string; value: string }) => `${c.kind} ${c.value}`;
  const channels = match(before.rights?.channels ?? [], after.rights?.channels ?? [], key);
  for (const { kind, value } of channels.added) changes.push({ kind: 'channel-added', channel: { kind, value } });
  for (const { kind, value } of channels.removed) changes.push({ kind: 'channel-removed', channel: { kind, value } });
  return changes;
}
