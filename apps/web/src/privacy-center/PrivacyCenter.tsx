import { useCallback, useMemo } from 'react';
import { createApiClient } from '../api/client.js';
import { getNotice, getPrivacyCenter } from '../api/privacy-center.js';
import type { Lang } from '../i18n/lang.js';
import { ProblemAlert } from '../shared/Alert.js';
import { useDocumentLanguage, useDocumentTitle } from '../shared/document-meta.js';
import { LangContext, useMessages } from '../shared/lang-context.js';
import { SkipLink } from '../shared/SkipLink.js';
import { useLoad } from '../shared/use-load.js';
import { DownloadPage } from './DownloadPage.js';
import { NoticeBody } from './NoticeBody.js';
import { NoticeTitle } from './NoticeTitle.js';
import type { PublicPage } from './pages.js';
import { RequestPage } from './RequestPage.js';
import { RightsSection } from './RightsSection.js';
import { SiteHeader } from './SiteHeader.js';
import { VerificationPage } from './VerificationPage.js';
import type { VerificationLink } from './verification-link.js';

interface PrivacyCenterProps {
  readonly lang: Lang;
  readonly page: PublicPage;
  /** The emailed link's reference and token, read from the address's fragment by main.tsx. */
  readonly link: VerificationLink | null;
  /** The emailed download link's token, read from the address's fragment by main.tsx. */
  readonly downloadToken: string | null;
}

/** The public privacy center in one language; the other language is another address (/fr, /en). */
export function PrivacyCenter({ lang, page, link, downloadToken }: PrivacyCenterProps) {
  return (
    <LangContext value={lang}>
      {page === 'request' ? (
        <RequestPage />
      ) : page === 'verification' ? (
        <VerificationPage link={link} />
      ) : page === 'download' ? (
        <DownloadPage token={downloadToken} />
      ) : (
        <HomePage lang={lang} />
      )}
    </LangContext>
  );
}

function HomePage({ lang }: { lang: Lang }) {
  const t = useMessages();
  const api = useMemo(() => createApiClient({ language: () => lang }), [lang]);
  const load = useCallback(() => Promise.all([getPrivacyCenter(api), getNotice(api, lang)]), [api, lang]);
  const { state, reload } = useLoad(load);
  const info = state.status === 'ok' ? state.data[0] : null;
  useDocumentLanguage(lang);
  useDocumentTitle(info === null ? t.privacy.fallbackDocumentTitle : t.privacy.documentTitle(info.organisation.name));

  return (
    <>
      <SkipLink />
      <SiteHeader organisation={info?.organisation.name ?? null} page="home" />
      <main id="main" tabIndex={-1} className="page">
        {state.status === 'loading' ? (
          <>
            <h1>{t.privacy.centerName}</h1>
            <p role="status">{t.common.loading}</p>
          </>
        ) : state.status === 'error' ? (
          <>
            <h1>{t.privacy.centerName}</h1>
            <p>{t.privacy.loadFailed}</p>
            <ProblemAlert problem={state.problem} />
            <button type="button" onClick={reload}>
              {t.common.retry}
            </button>
          </>
        ) : (
          <>
            <NoticeTitle notice={state.data[1]} info={state.data[0]} />
            <RightsSection contact={state.data[0].contact} />
            <NoticeBody notice={state.data[1]} />
          </>
        )}
      </main>
    </>
  );
}
