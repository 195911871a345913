import { LANGUAGE_NAMES, otherLang } from '../i18n/lang.js';
import { privacyCenterPath } from '../i18n/language-from-path.js';
import { useLang, useMessages } from '../shared/lang-context.js';

/** The banner: whose privacy center this is, and the same page in the other language. */
export function SiteHeader({ organisation }: { organisation: string | null }) {
  const t = useMessages();
  const other = otherLang(useLang());
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <p className="site-name">
          {organisation === null ? null : <span className="site-organisation">{organisation}</span>}
          <span className="site-section">{t.privacy.centerName}</span>
        </p>
        <a className="language-link" href={privacyCenterPath(other)} hrefLang={other} lang={other}>
          {LANGUAGE_NAMES[other]}
        </a>
      </div>
    </header>
  );
}
