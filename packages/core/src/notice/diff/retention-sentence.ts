import type { Localized } from '../../i18n/localized.js';
import { upperFirst } from '../compose/inline.js';
import type { Words } from '../compose/words.js';
import type { ChangeStrings } from '../strings/change-types.js';
import type { NoticeChange, RetentionTerms } from './types.js';

/** What a retention rule keeps, named by the purposes that use it: the reader knows their purposes, not our rules. */
export function retentionSubject(
  change: { readonly rule: Localized; readonly purposes: readonly Localized[] },
  w: Words,
  cs: ChangeStrings,
): string {
  const purposes = change.purposes.map((p) => w.s.grammar.quote(w.t(p)));
  return cs.retentionSubject(
    purposes.length > 0 ? w.s.grammar.list(purposes) : undefined,
    w.s.grammar.quote(w.t(change.rule)),
  );
}

export function period(terms: RetentionTerms, w: Words, cs: ChangeStrings): string {
  if (terms.duration)
    return cs.period.fixed(w.s.grammar.after(w.duration(terms.duration), w.s.labels.trigger[terms.trigger]));
  return terms.criteria ? cs.period.criteria(w.s.grammar.quote(w.t(terms.criteria))) : cs.period.unstated;
}

/** "We now keep … for 12 months after collection, instead of 6 months", then the action at the end if it changed. */
export function retentionChange(
  change: Extract<NoticeChange, { kind: 'retention-changed' }>,
  w: Words,
  cs: ChangeStrings,
): string {
  const { before, after } = change.terms;
  const subject = retentionSubject(change, w, cs);
  const sentences: string[] = [];
  const periodChanged =
    before.duration !== after.duration ||
    before.trigger !== after.trigger ||
    !sameText(before.criteria, after.criteria);
  if (periodChanged) {
    const onlyDuration = before.trigger === after.trigger && before.duration && after.duration;
    sentences.push(
      onlyDuration
        ? cs.retentionInstead(subject, period(after, w, cs), w.duration(before.duration ?? ''))
        : cs.retentionChanged(subject, period(after, w, cs), period(before, w, cs)),
    );
  }
  if (before.action !== after.action) {
    const action = (value: typeof after.action) => cs.actionShort[value];
    sentences.push(cs.retentionAction(subject, action(after.action), action(before.action)));
  }
  return upperFirst(sentences.join(' '));
}

function sameText(a: Localized | undefined, b: Localized | undefined): boolean {
  return a?.fr === b?.fr && a?.en === b?.en;
}
