import type { Lang } from '../../i18n/localized.js';
import { type Duration, formatDuration } from '../../time/duration.js';
import type { RopaRetention } from '../model.js';
import type { RetentionTrigger } from '../model-enums.js';
import type { RopaStrings } from '../strings/ropa-strings.js';
import { capitalize, labelled } from './format.js';

/**
 * The erasure time limit in words (GDPR Art. 30(1)(f)): "7 years after the end of the contract, then
 * destruction", or the criteria when no fixed period exists (Art. 13(2)(a)), then one value per exception.
 * A purpose without retention rule shows the gap instead of an empty cell.
 */
export function retentionTexts(retention: RopaRetention | undefined, s: RopaStrings, lang: Lang): string[] {
  if (!retention) return [s.words.retentionNotStated];
  const period = retention.duration && periodText(retention.duration, retention.trigger, s, lang);
  const criteria = retention.criteria && labelled(s, s.words.criteria, withoutFinalStop(retention.criteria[lang]));
  const main = period && criteria ? `${capitalize(period)} (${criteria})` : period ? capitalize(period) : criteria;
  const action = `${main ?? s.words.notStated}, ${s.words.followedBy} ${s.actions[retention.action]}`;
  const first = retention.citation ? `${action} (${retention.citation})` : action;
  const exceptions = retention.exceptions.map((e) => {
    const parts = [e.duration && periodText(e.duration, e.trigger ?? retention.trigger, s, lang), e.reason?.[lang]];
    const told = parts.filter((p): p is string => p !== undefined).join(' – ');
    const what = told === '' ? e.records[lang] : labelled(s, e.records[lang], told);
    return labelled(s, s.words.retentionException, e.citation ? `${what} (${e.citation})` : what);
  });
  return [first, ...exceptions];
}

function periodText(duration: Duration, trigger: RetentionTrigger, s: RopaStrings, lang: Lang): string {
  return `${formatDuration(duration, lang)} ${s.triggers[trigger]}`;
}

/** A sentence-like criterion loses its full stop when the action follows it in the same phrase. */
function withoutFinalStop(text: string): string {
  return text.replace(/\.\s*$/, '');
}
