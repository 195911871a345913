import type { Localized } from '../../i18n/localized.js';
import type { NoticeModel } from '../model/types.js';
import { match } from './match.js';
import type { NoticeChange } from './types.js';

/** Security measures added or dropped, of any kind; a measure is known by its French and English wording. */
export function diffSecurity(before: NoticeModel, after: NoticeModel): NoticeChange[] {
  const all = (model: NoticeModel): Localized[] => {
    const s = model.security;
    return s ? [...s.technical, ...s.organisational, ...s.physical] : [];
  };
  const measures = match(all(before), all(after), (m) => `${m.fr}\n${m.en}`);
  return [
    ...measures.added.map((measure): NoticeChange => ({ kind: 'security-measure-added', measure })),
    ...measures.removed.map((measure): NoticeChange => ({ kind: 'security-measure-removed', measure })),
  ];
}
