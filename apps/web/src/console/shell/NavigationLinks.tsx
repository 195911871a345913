import type { MouseEvent } from 'react';
import { useConsoleMessages } from '../console-context.js';
import { pageTitleKey } from './page-title.js';
import { type PageId, pagePath } from './pages.js';

interface NavigationLinksProps {
  readonly pages: readonly PageId[];
  readonly current: PageId | 'home' | null;
  readonly onNavigate: (page: PageId) => void;
}

/**
 * Real links (they open in a new tab, copy and bookmark as links do); a plain click stays in the page
 * and swaps the view without reloading.
 */
export function NavigationLinks({ pages, current, onNavigate }: NavigationLinksProps) {
  const t = useConsoleMessages().shell;
  if (pages.length === 0) return null;
  const follow = (page: PageId) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate(page);
  };
  return (
    <nav aria-label={t.navigation} className="main-nav">
      <ul>
        {pages.map((page) => (
          <li key={page}>
            <a href={pagePath(page)} aria-current={page === current ? 'page' : undefined} onClick={follow(page)}>
              {t[pageTitleKey(page)]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
