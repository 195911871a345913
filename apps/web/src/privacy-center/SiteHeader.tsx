import { LANGUAGE_NAMES, otherLang } from '../i18n/lang.js';
import { useLang, useMessages } from '../shared/lang-context.js';
import { type PublicPage, pagePath } from './pages.js';

/** The banner: whose privacy center this is, and the same page in the other language. */
export function SiteHeader({ organisation, page }: { organisation: string | null; page: PublicPage }) {
  const t = useMessages();
  const lang = useLang();
  const other = otherLang(lang);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <p className="site-name">
          {organisation === null ? null : <span className="site-organisation">{organisation}</span>}
          {page === 'home' ? (
            <span className="site-section">{t.privacy.centerName}</span>
          ) : (
            <a className="site-section" href={pagePath('home', lang)}>
              {t.privacy.centerName}
            </a>
          )}
        </p>
        <a className="language-link" href={pagePath(page, other)} hrefLang={other} lang={other}>
          {LANGUAGE_NAMES[other]}
        </a>
      </div>
    </header>
  );
}
