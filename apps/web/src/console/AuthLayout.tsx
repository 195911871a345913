import type { ReactNode } from 'react';
import { SkipLink } from '../shared/SkipLink.js';
import { useConsoleMessages } from './console-context.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** The frame of the sign-in screens: the product's name, the language switch, and one card of content. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const t = useConsoleMessages();
  return (
    <>
      <SkipLink />
      <header className="console-header">
        <p className="brand">
          {t.app.name} <span className="brand-section">{t.app.section}</span>
        </p>
        <div className="header-tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="auth-main">
        <div className="card auth-card">{children}</div>
      </main>
    </>
  );
}
