import type { Lang } from '../i18n/lang.js';
import { privacyCenterPath } from '../i18n/language-from-path.js';

/** The privacy center's pages; one HTML document (index.html) serves them all and routes by path. */
export type PublicPage = 'home' | 'request' | 'verification' | 'download';

// The addresses read as words of each language. The verification link's is fixed by the server's emails, and so is
// the download link's: the server writes `/fr/telechargement` or `/en/download` after the request's language.
const SEGMENTS: Readonly<Record<Exclude<PublicPage, 'home'>, Readonly<Record<Lang, string>>>> = {
  request: { fr: 'demande', en: 'request' },
  verification: { fr: 'verification', en: 'verification' },
  download: { fr: 'telechargement', en: 'download' },
};

/** The page an address shows: `/{lang}/{segment}` of a page in either language, else the home page. */
export function pageFromPath(pathname: string): PublicPage {
  const second = pathname.split('/').filter((part) => part !== '')[1];
  for (const [page, segments] of Object.entries(SEGMENTS)) {
    if (second === segments.fr || second === segments.en) return page as PublicPage;
  }
  return 'home';
}

/** A page's address in a language, for links and for the language switch. */
export function pagePath(page: PublicPage, lang: Lang): string {
  if (page === 'home') return privacyCenterPath(lang);
  return `${privacyCenterPath(lang)}/${SEGMENTS[page][lang]}`;
}
