import type { Lang } from './lang.js';

/**
 * The privacy center's language comes from its address: `/en` is English, `/fr` and `/` (and anything else)
 * French, the default of the contract. A trailing slash is tolerated so that `/en/` is English too.
 */
export function languageFromPath(pathname: string): Lang {
  const first = pathname.split('/').find((part) => part !== '');
  return first === 'en' ? 'en' : 'fr';
}

/** The privacy center's address in a language, for the switch and for `hreflang` alternates. */
export function privacyCenterPath(lang: Lang): string {
  return `/${lang}`;
}
