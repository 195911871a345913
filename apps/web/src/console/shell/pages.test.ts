import { describe, expect, it } from 'vitest';
import { incidentIdFromPath, pageFromPath, pagePath, pagesForRole, requestIdFromPath } from './pages.js';

describe('console pages', () => {
  it('offers each role only the pages the server lets it use', () => {
    expect(pagesForRole('owner')).toEqual([
      'requests',
      'incidents',
      'assessments',
      'retention',
      'users',
      'api-keys',
      'journal',
    ]);
    expect(pagesForRole('admin')).toEqual(['users', 'api-keys']);
    expect(pagesForRole('privacy_officer')).toEqual(['requests', 'incidents', 'assessments', 'retention', 'journal']);
    expect(pagesForRole('auditor')).toEqual(['incidents', 'assessments', 'retention', 'journal']);
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

  it('gives each request a stable address under the requests page', () => {
    const id = '0b6f3a52-8f0e-4d6c-9a57-3f1c2b7d9e10';
    expect(pageFromPath(`/console/requests/${id}`)).toBe('requests');
    expect(requestIdFromPath(`/console/requests/${id}`)).toBe(id);
    expect(requestIdFromPath('/console/requests')).toBeNull();
    expect(pageFromPath('/console/requests/not-an-id')).toBeNull();
  });

  it('gives each incident a stable address under the incidents page (the link a warning mail gives)', () => {
    const id = '97818171-591a-402a-ad18-22ed347db8fa';
    expect(pageFromPath(`/console/incidents/${id}`)).toBe('incidents');
    expect(incidentIdFromPath(`/console/incidents/${id}`)).toBe(id);
    expect(incidentIdFromPath(`/console/requests/${id}`)).toBeNull();
    expect(pageFromPath('/console/incidents')).toBe('incidents');
  });
});
