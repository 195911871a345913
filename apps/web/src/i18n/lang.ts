/** The two languages every page and message exists in. French first: it is the default everywhere. */
export type Lang = 'fr' | 'en';

/** A text in both languages, as the API sends it. */
export interface Localized {
  readonly fr: string;
  readonly en: string;
}

/** Each language named in itself, so that a reader finds their own language whatever the page's. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { fr: 'Français', en: 'English' };

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}
