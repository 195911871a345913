import type { Role } from '../../api/types.js';

/** The console's pages, each at its own address under /console. */
export type PageId = 'requests' | 'users' | 'api-keys' | 'journal';

const PAGES: readonly PageId[] = ['requests', 'users', 'api-keys', 'journal'];

const CONSOLE_ROOT = '/console';

// Who may open what, as the server enforces it (deny by default there); the console only hides what a
// role cannot use, so that nobody is offered a page that would answer 403.
const PAGE_ROLES: Readonly<Record<PageId, readonly Role[]>> = {
  // requests.read
  requests: ['owner', 'privacy_officer', 'agent'],
  users: ['owner', 'admin'],
  'api-keys': ['owner', 'admin'],
  journal: ['owner', 'privacy_officer', 'auditor'],
};

export function pagePath(page: PageId): string {
  return `${CONSOLE_ROOT}/${page}`;
}

/** The page an address names: `home` for /console itself, null for an address the console does not know. */
export function pageFromPath(pathname: string): PageId | 'home' | null {
  const rest = pathname.replace(/\/+$/, '');
  if (rest === CONSOLE_ROOT || rest === '') return 'home';
  return PAGES.find((page) => rest === pagePath(page)) ?? null;
}

export function pagesForRole(role: Role): readonly PageId[] {
  return PAGES.filter((page) => PAGE_ROLES[page].includes(role));
}
