import type { Localized } from '../../i18n/localized.js';
import type { Lang } from '../../i18n/localized.js';
import { formatDuration, parseDuration } from '../../time/duration.js';
import type { Border, NoticeModel, Ref } from '../model/types.js';
import { stringsFor } from '../strings/index.js';
import type { SectionId } from '../section-ids.js';
import type { NoticeStrings } from '../strings/types.js';
import { lowerFirst } from './inline.js';
import { formatAddress, placeName } from './places.js';

/** What every section helper needs: the model, the words of one language, and the formatters that use them. */
export interface Composer {
  readonly model: NoticeModel;
  readonly lang: Lang;
  readonly s: NoticeStrings;
  t(text: Localized): string;
  /** An ISO 8601 duration in words: "10 ans", "6 months". */
  duration(iso: string): string;
  /** A YYYY-MM-DD date in words: "15 janvier 2025". */
  date(iso: string): string;
  place: (place: Parameters<typeof placeName>[0]) => string;
  address: (address: Parameters<typeof formatAddress>[0]) => string;
  /** Names joined into a sentence, lower-cased as words inside it: "nom et prénom, adresse courriel et …". */
  words(refs: readonly Ref[]): string;
  /** Names quoted and joined: « A », « B » et « C ». */
  quoted(refs: readonly Ref[]): string;
  /** The borders this organisation's law watches: Quebec's, Canada's, the EU's. */
  readonly watchedBorders: readonly Border[];
  sectionTitle(id: SectionId): string;
}

export function createComposer(model: NoticeModel, lang: Lang): Composer {
  const s = stringsFor(lang);
  const t = (text: Localized) => text[lang];
  const { jurisdictions } = model.organisation;
  const watchedBorders: Border[] = [];
  if (jurisdictions.includes('QC')) watchedBorders.push('quebec');
  else if (jurisdictions.includes('CA')) watchedBorders.push('canada');
  if (jurisdictions.includes('EU') || jurisdictions.includes('FR')) watchedBorders.push('eu');
  const outside = s.grammar.alternatives(watchedBorders.map((b) => s.labels.outside[b]));
  return {
    model,
    lang,
    s,
    t,
    duration: (iso) => {
      const parsed = parseDuration(iso);
      return parsed ? formatDuration(parsed, lang) : iso;
    },
    date: (iso) => {
      const [year, month, day] = iso.split('-').map(Number);
      return year && month && day ? s.grammar.date(year, month, day) : iso;
    },
    place: (place) => placeName(place, lang, s),
    address: (address) => formatAddress(address, lang, s),
    words: (refs) => s.grammar.list(refs.map((r) => lowerFirst(t(r.name)))),
    quoted: (refs) => s.grammar.list(refs.map((r) => s.grammar.quote(t(r.name)))),
    watchedBorders,
    sectionTitle: (id) => (id === 'transfers' ? s.transfers.title(outside) : s.sectionTitle[id]),
  };
}
