import type { Role } from '../../api/types.js';

/** The console's pages, each at its own address under /console. */
export type PageId = 'requests' | 'incidents' | 'assessments' | 'retention' | 'users' | 'api-keys' | 'journal';

const PAGES: readonly PageId[] = ['requests', 'incidents', 'assessments', 'retention', 'users', 'api-keys', 'journal'];

const CONSOLE_ROOT = '/console';

// Who may open what, as the server enforces it (deny by default there); the console only hides what a
// role cannot use, so that nobody is offered a page that would answer 403.
const PAGE_ROLES: Readonly<Record<PageId, readonly Role[]>> = {
  // requests.read
  requests: ['owner', 'privacy_officer', 'agent'],
  // incidents.read
  incidents: ['owner', 'privacy_officer', 'auditor'],
  // assessments.read
  assessments: ['owner', 'privacy_officer', 'auditor'],
  // retention.read
  retention: ['owner', 'privacy_officer', 'auditor'],
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
  const page = PAGES.find((candidate) => rest === pagePath(candidate));
  if (page !== undefined) return page;
  if (incidentIdFromPath(rest) !== null) return 'incidents';
  return requestIdFromPath(rest) === null ? null : 'requests';
}

/** The request a stable detail address names (/console/requests/<id>), or null for any other address. */
export function requestIdFromPath(pathname: string): string | null {
  const match = /^\/console\/requests\/([0-9a-f-]{36})\/?$/.exec(pathname);
  return match?.[1] ?? null;
}

/** The incident a stable detail address names (/console/incidents/<id>, the link a warning mail gives), or null. */
export function incidentIdFromPath(pathname: string): string | null {
  const match = /^\/console\/incidents\/([0-9a-f-]{36})\/?$/.exec(pathname);
  return match?.[1] ?? null;
}

export function pagesForRole(role: Role): readonly PageId[] {
  return PAGES.filter((page) => PAGE_ROLES[page].includes(role));
}
