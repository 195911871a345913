import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/base.css';
import '../styles/privacy-center.css';
import { languageFromPath } from '../i18n/language-from-path.js';
import { parseDownloadToken } from './download-link.js';
import { PrivacyCenter } from './PrivacyCenter.js';
import { pageFromPath } from './pages.js';
import { parseVerificationLink } from './verification-link.js';

const lang = languageFromPath(window.location.pathname);
const page = pageFromPath(window.location.pathname);
// The emailed links' tokens, read once and then taken out of the address bar, so that they stay out of the
// history, bookmarks and anything copied from the address (they never reach the server in a URL either).
const link = page === 'verification' ? parseVerificationLink(window.location.hash) : null;
const downloadToken = page === 'download' ? parseDownloadToken(window.location.hash) : null;
if ((page === 'verification' || page === 'download') && window.location.hash !== '') {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}
// Before the first render, so that assistive technologies never read the page in the wrong language.
document.documentElement.lang = lang;

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <PrivacyCenter lang={lang} page={page} link={link} downloadToken={downloadToken} />
    </StrictMode>,
  );
}
