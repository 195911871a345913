import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/base.css';
import '../styles/privacy-center.css';
import { languageFromPath } from '../i18n/language-from-path.js';
import { PrivacyCenter } from './PrivacyCenter.js';
import { pageFromPath } from './pages.js';
import { parseVerificationLink } from './verification-link.js';

const lang = languageFromPath(window.location.pathname);
const page = pageFromPath(window.location.pathname);
// The emailed link's token, read once and then taken out of the address bar, so that it stays out of the
// history, bookmarks and anything copied from the address (it never reaches the server in a URL either).
const link = page === 'verification' ? parseVerificationLink(window.location.hash) : null;
if (page === 'verification' && window.location.hash !== '') {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}
// Before the first render, so that assistive technologies never read the page in the wrong language.
document.documentElement.lang = lang;

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <PrivacyCenter lang={lang} page={page} link={link} />
    </StrictMode>,
  );
}
