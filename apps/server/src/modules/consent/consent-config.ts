import { hash } from 'node:crypto';
import {
  approximateDays,
  COOKIE_CATEGORIES,
  type CookieCategory,
  consentBannerSchema,
  type Declaration,
  parseDuration,
} from '@vigie/core';
import { CATEGORY_TEXT } from './consent-category-text.js';

/** The banner's configuration (consent-shared.md), built from the declaration. */
export interface ConsentConfig {
  readonly version: string;
  readonly noticeVersion: string;
  readonly lang: 'fr' | 'en';
  readonly choiceLifetimeDays: number;
  readonly endpoint?: string;
  readonly privacyPolicyUrl?: string;
  readonly categories: readonly ConsentCategory[];
}

interface ConsentCategory {
  readonly id: CookieCategory;
  readonly required: boolean;
  readonly label: string;
  readonly description: string;
  readonly identifies: boolean;
  readonly locates: boolean;
  readonly profiles: boolean;
  readonly services: readonly { readonly name: string; readonly cookies: readonly string[] }[];
}

/** Strictly necessary trackers need no consent (LIL art. 82; the gdpr-fr pack allows these on by default). */
const REQUIRED: ReadonlySet<CookieCategory> = new Set(['essential', 'security']);
const VERSION_HEX_CHARS = 16;

function categoryFacts(declaration: Declaration) {
  const present = new Set<CookieCategory>(['essential', ...declaration.cookies.map((cookie) => cookie.category)]);
  return COOKIE_CATEGORIES.filter((id) => present.has(id)).map((id) => {
    const cookies = declaration.cookies.filter((cookie) => cookie.category === id);
    const providers = [...new Set(cookies.map((cookie) => cookie.provider))];
    return {
      id,
      required: REQUIRED.has(id),
      identifies: cookies.some((cookie) => cookie.identifies),
      locates: cookies.some((cookie) => cookie.locates),
      profiles: cookies.some((cookie) => cookie.profiles),
      services: providers.map((name) => ({
        name,
        cookies: cookies.filter((cookie) => cookie.provider === name).map((cookie) => cookie.name),
      })),
    };
  });
}

/**
 * The config in both languages. The version hashes what the visitor consents to (categories, what they do,
 * services and cookies, the lifetime, the notice version), not the wording or the language: a visitor who switches
 * language is not asked again, one whose choice no longer covers what the site runs is.
 */
export function buildConsentConfigs(
  declaration: Declaration,
  publicUrl: string,
): Readonly<Record<'fr' | 'en', ConsentConfig>> {
  const banner = declaration.consentBanner ?? consentBannerSchema.parse({});
  const lifetime = parseDuration(banner.choiceLifetime);
  const choiceLifetimeDays = lifetime === undefined ? 0 : Math.floor(approximateDays(lifetime));
  const noticeVersion = declaration.policy.version;
  const facts = categoryFacts(declaration);
  const version = hash('sha256', JSON.stringify([facts, choiceLifetimeDays, noticeVersion]), 'hex').slice(
    0,
    VERSION_HEX_CHARS,
  );
  const configIn = (lang: 'fr' | 'en'): ConsentConfig => ({
    version,
    noticeVersion,
    lang,
    choiceLifetimeDays,
    endpoint: `${publicUrl}/api/v1/consents`,
    privacyPolicyUrl: `${publicUrl}/${lang}`,
    categories: facts.map((fact) => ({ ...fact, ...CATEGORY_TEXT[lang][fact.id] })),
  });
  return { fr: configIn('fr'), en: configIn('en') };
}
