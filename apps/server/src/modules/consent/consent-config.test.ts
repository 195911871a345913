import { describe, expect, it } from 'vitest';
import { demoDeclaration } from '../../app/test-support/test-server.js';
import { buildConsentConfigs } from './consent-config.js';

const PUBLIC_URL = 'https://vie-privee.clinique-demo.exemple.ca';

describe('the consent banner config built from the declaration', () => {
  const declaration = demoDeclaration().declaration;

  it('lists the declared categories with their services, cookies and what they do, in each language', () => {
    const { fr, en } = buildConsentConfigs(declaration, PUBLIC_URL);
    const declaredCategories = new Set(['essential', ...declaration.cookies.map((cookie) => cookie.category)]);
    expect(new Set(en.categories.map((c) => c.id))).toEqual(declaredCategories);
    expect(en).toMatchObject({
      noticeVersion: declaration.policy.version,
      lang: 'en',
      // consentBanner.choiceLifetime: P6M in the demo.
      choiceLifetimeDays: 182,
      endpoint: `${PUBLIC_URL}/api/v1/consents`,
      privacyPolicyUrl: `${PUBLIC_URL}/en`,
    });
    expect(en.version).toMatch(/^[0-9a-f]{16}$/);
    // The version is about what is consented to, not the wording: switching language does not ask again.
    expect(fr.version).toBe(en.version);
    expect(fr.categories.find((c) => c.id === 'analytics')?.label).toBe('Mesure d’audience');
    expect(en.categories.find((c) => c.id === 'analytics')?.label).toBe('Audience measurement');
    const essential = en.categories.find((c) => c.id === 'essential');
    expect(essential?.required).toBe(true);
    expect(essential?.services.flatMap((s) => s.cookies)).toEqual(
      declaration.cookies.filter((cookie) => cookie.category === 'essential').map((cookie) => cookie.name),
    );
    for (const category of en.categories) {
      const cookies = declaration.cookies.filter((cookie) => cookie.category === category.id);
      expect([category.id, category.identifies]).toEqual([category.id, cookies.some((cookie) => cookie.identifies)]);
      expect([category.id, category.profiles]).toEqual([category.id, cookies.some((cookie) => cookie.profiles)]);
    }
  });

  it('changes version when a cookie moves to another category or the notice version changes, not otherwise', () => {
    const base = buildConsentConfigs(declaration, PUBLIC_URL).en.version;
    expect(buildConsentConfigs(declaration, PUBLIC_URL).en.version).toBe(base);
    const [first, ...rest] = declaration.cookies;
    if (first === undefined) throw new Error('the demo declares cookies');
    const moved = { ...declaration, cookies: [{ ...first, category: 'marketing' as const }, ...rest] };
    expect(buildConsentConfigs(moved, PUBLIC_URL).en.version).not.toBe(base);
    const renoticed = { ...declaration, policy: { ...declaration.policy, version: '2026.1' } };
    expect(buildConsentConfigs(renoticed, PUBLIC_URL).en).toMatchObject({ noticeVersion: '2026.1' });
    expect(buildConsentConfigs(renoticed, PUBLIC_URL).en.version).not.toBe(base);
  });
});
