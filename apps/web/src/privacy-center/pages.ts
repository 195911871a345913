import type { Lang } from '../i18n/lang.js';
import { privacyCenterPath } from '../i18n/language-from-path.js';

/** The privacy center's pages; one HTML document (index.html) serves them all and routes by path. */
export type PublicPage = 'home' | 'request' | 'verification';

// The form's address reads as a word of each language; the verification link's is fixed by the server's emails.
const REQUEST_SEGMENT: Readonly<Record<Lang, string>> = { fr: 'demande', en: 'request' };

/** The page an address shows: `/{lang}/demande` or `/{lang}/request`, `/{lang}/verification`, else the home page. */
export function pageFromPath(pathname: string): PublicPage {
  const second = pathname.split('/').filter((part) => part !== '')[1];
  if (second === 'verification') return 'verification';
  if (second === REQUEST_SEGMENT.fr || second === REQUEST_SEGMENT.en) return 'request';
  return 'home';
}

/** A page's address in a language, for links and for the language switch. */
export function pagePath(page: PublicPage, lang: Lang): string {
  if (page === 'home') return privacyCenterPath(lang);
  return `${privacyCenterPath(lang)}/${page === 'request' ? REQUEST_SEGMENT[lang] : 'verification'}`;
}
