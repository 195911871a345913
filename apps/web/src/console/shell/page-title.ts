import type { PageId } from './pages.js';

/** The key of a page's name in the shell's messages. */
export function pageTitleKey(
  page: PageId,
): 'requests' | 'incidents' | 'assessments' | 'retention' | 'users' | 'apiKeys' | 'journal' {
  return page === 'api-keys' ? 'apiKeys' : page;
}
