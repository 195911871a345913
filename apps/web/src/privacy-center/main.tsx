import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/base.css';
import '../styles/privacy-center.css';
import { languageFromPath } from '../i18n/language-from-path.js';
import { PrivacyCenter } from './PrivacyCenter.js';

const lang = languageFromPath(window.location.pathname);
// Before the first render, so that assistive technologies never read the page in the wrong language.
document.documentElement.lang = lang;

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <PrivacyCenter lang={lang} />
    </StrictMode>,
  );
}
