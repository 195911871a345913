import type { Lang } from '../../i18n/localized.js';
import { STRINGS_EN } from './strings.en.js';
import { STRINGS_FR } from './strings.fr.js';
import type { NoticeStrings } from './types.js';

const BY_LANG: Record<Lang, NoticeStrings> = { fr: STRINGS_FR, en: STRINGS_EN };

export function stringsFor(lang: Lang): NoticeStrings {
  return BY_LANG[lang];
}
