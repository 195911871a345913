import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/base.css';
import '../styles/console.css';
import { ConsoleApp } from './ConsoleApp.js';
import { initialConsoleLanguage } from './stored-language.js';

const lang = initialConsoleLanguage();
// Before the first render, so that assistive technologies never read the page in the wrong language.
document.documentElement.lang = lang;

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <ConsoleApp initialLang={lang} />
    </StrictMode>,
  );
}
