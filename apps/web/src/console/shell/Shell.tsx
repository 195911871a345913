import { useEffect } from 'react';
import { signOut } from '../../api/session.js';
import type { SessionUser } from '../../api/types.js';
import { SkipLink } from '../../shared/SkipLink.js';
import { ApiKeysPage } from '../api-keys/ApiKeysPage.js';
import { AssessmentsPage } from '../assessments/AssessmentsPage.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { IncidentsPage } from '../incidents/IncidentsPage.js';
import { JournalPage } from '../journal/JournalPage.js';
import { LanguageSwitch } from '../LanguageSwitch.js';
import { RequestsPage } from '../requests/RequestsPage.js';
import { RetentionPage } from '../retention/RetentionPage.js';
import { UsersPage } from '../users/UsersPage.js';
import { MessagePage } from './MessagePage.js';
import { NavigationLinks } from './NavigationLinks.js';
import { pageTitleKey } from './page-title.js';
import { type PageId, pageFromPath, pagePath, pagesForRole } from './pages.js';
import { useLocationPath } from './use-location-path.js';

interface ShellProps {
  readonly user: SessionUser;
  readonly onSignedOut: () => void;
}

/** The signed-in console: header with navigation and account, and the current page. */
export function Shell({ user, onSignedOut }: ShellProps) {
  const { api } = useConsole();
  const t = useConsoleMessages();
  const [path, navigate] = useLocationPath();
  const allowed = pagesForRole(user.role);
  const requested = pageFromPath(path);
  // /console opens the first page the role may use.
  const firstPage = allowed[0];
  const page = requested === 'home' ? (firstPage ?? 'home') : requested;

  useEffect(() => {
    if (requested === 'home' && firstPage !== undefined) navigate(pagePath(firstPage), { replace: true });
  }, [requested, firstPage, navigate]);

  const signOutHere = () => {
    signOut(api).finally(() => {
      // The next person to sign in here starts from their own first page, not from this one's.
      navigate('/console', { replace: true });
      onSignedOut();
    });
  };

  return (
    <>
      <SkipLink />
      <header className="console-header">
        <p className="brand">
          {t.app.name} <span className="brand-section">{t.app.section}</span>
        </p>
        <NavigationLinks pages={allowed} current={page} onNavigate={(next) => navigate(pagePath(next))} />
        <div className="header-tools">
          <p className="account">
            <span className="visually-hidden">{t.shell.signedInAs} </span>
            <span className="account-name">{user.displayName}</span>{' '}
            <span className="account-role">{t.roles[user.role]}</span>
          </p>
          <LanguageSwitch />
          <button type="button" className="button-quiet" onClick={signOutHere}>
            {t.shell.signOut}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="console-main">
        <CurrentPage page={page} allowed={allowed} user={user} path={path} navigate={navigate} />
      </main>
    </>
  );
}

function CurrentPage({
  page,
  allowed,
  user,
  path,
  navigate,
}: {
  page: PageId | 'home' | null;
  allowed: readonly PageId[];
  user: SessionUser;
  path: string;
  navigate: (path: string) => void;
}) {
  const t = useConsoleMessages().shell;
  if (page === null) return <MessagePage title={t.notFoundTitle} message={t.notFound} />;
  if (page === 'home') return <MessagePage title={t.welcome} message={t.nothingForRole} />;
  if (!allowed.includes(page)) return <MessagePage title={t[pageTitleKey(page)]} message={t.notAllowed} />;
  switch (page) {
    case 'requests':
      return <RequestsPage user={user} path={path} navigate={navigate} />;
    case 'incidents':
      return <IncidentsPage user={user} path={path} navigate={navigate} />;
    case 'assessments':
      return <AssessmentsPage />;
    case 'retention':
      return <RetentionPage user={user} />;
    case 'users':
      return <UsersPage currentUser={user} />;
    case 'api-keys':
      return <ApiKeysPage />;
    case 'journal':
      return <JournalPage />;
  }
}
