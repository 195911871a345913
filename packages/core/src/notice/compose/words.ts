import type { Location, PostalAddress } from '../../declaration/schema/common.js';
import type { Lang, Localized } from '../../i18n/localized.js';
import type { FrenchVariant } from '../../taxonomy/french-variant.js';
import { formatDuration, parseDuration } from '../../time/duration.js';
import { stringsFor } from '../strings/index.js';
import type { NoticeStrings } from '../strings/types.js';
import { lowerFirst } from './inline.js';
import { formatAddress, placeName } from './places.js';

/** The words of one language and the formatters that use them, shared by the notice and the change list. */
export interface Words {
  readonly lang: Lang;
  readonly s: NoticeStrings;
  t(text: Localized): string;
  /** An ISO 8601 duration in words: "10 ans", "6 months". */
  duration(iso: string): string;
  /** A YYYY-MM-DD date in words: "15 janvier 2025". */
  date(iso: string): string;
  place(place: Location): string;
  address(address: PostalAddress): string;
  /** Names joined into a sentence, lower-cased as words inside it: "nom et prénom, adresse courriel et …". */
  words(names: readonly { readonly name: Localized }[]): string;
  /** Names quoted and joined: « A », « B » et « C ». */
  quoted(names: readonly { readonly name: Localized }[]): string;
}

/** `french` picks Quebec's or France's French, and in English the labels of Quebec law or of the GDPR. */
export function createWords(lang: Lang, french: FrenchVariant): Words {
  const s = stringsFor(lang, french);
  const t = (text: Localized) => text[lang];
  return {
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
  };
}
