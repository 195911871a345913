import { describe, expect, it } from 'vitest';
import { pageFromPath, pagePath, pagesForRole } from './pages.js';

describe('console pages', () => {
  it('offers each role only the pages the server lets it use', () => {
    expect(pagesForRole('owner')).toEqual(['requests', 'users', 'api-keys', 'journal']);
    expect(pagesForRole('admin')).toEqual(['users', 'api-keys']);
    expect(pagesForRole('privacy_officer')).toEqual(['requests', 'journal']);
    expect(pagesForRole('auditor')).toEqual(['journal']);
    expect(pagesForRole('agent')).toEqual(['requests']);
  });

  it('reads the page from the address, /console being home and unknown addresses nothing', () => {
    expect(pageFromPath('/console')).toBe('home');
    expect(pageFromPath('/console/')).toBe('home');
    expect(pageFromPath('/console/api-keys')).toBe('api-keys');
    expect(pageFromPath('/console/requests')).toBe('requests');
    expect(pageFromPath(pagePath('journal'))).toBe('journal');
    expect(pageFromPath('/console/secrets')).toBeNull();
  });
});
