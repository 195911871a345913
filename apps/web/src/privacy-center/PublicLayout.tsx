import { type ReactNode, useCallback, useMemo } from 'react';
import { createApiClient } from '../api/client.js';
import { getPrivacyCenter } from '../api/privacy-center.js';
import { useDocumentLanguage, useDocumentTitle } from '../shared/document-meta.js';
import { useLang } from '../shared/lang-context.js';
import { SkipLink } from '../shared/SkipLink.js';
import { useLoad } from '../shared/use-load.js';
import type { PublicPage } from './pages.js';
import { SiteHeader } from './SiteHeader.js';

/**
 * The frame of the request and verification pages: the same banner as the home page (with the organisation's
 * name once known; without it if that fails, since the form works without it), then the page's own content.
 */
export function PublicLayout({ page, title, children }: { page: PublicPage; title: string; children: ReactNode }) {
  const lang = useLang();
  const api = useMemo(() => createApiClient({ language: () => lang }), [lang]);
  const load = useCallback(() => getPrivacyCenter(api), [api]);
  const { state } = useLoad(load);
  useDocumentLanguage(lang);
  useDocumentTitle(title);
  return (
    <>
      <SkipLink />
      <SiteHeader organisation={state.status === 'ok' ? state.data.organisation.name : null} page={page} />
      <main id="main" tabIndex={-1} className="page public-form-page">
        {children}
      </main>
    </>
  );
}
