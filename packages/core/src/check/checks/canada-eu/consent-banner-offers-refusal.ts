import * as z from 'zod';
import { COOKIE_CATEGORIES } from '../../../declaration/schema/cookies.js';
import { defineCheck } from '../../check-definition.js';

/**
 * When trackers need consent, a consent banner asks for it, and refusing is as easy as accepting: a
 * "refuse all" on the first layer, beside "accept all" (LIL art. 82; CNIL deliberation 2020-091).
 */
export const consentBannerOffersRefusal = defineCheck({
  id: 'consent-banner-offers-refusal',
  description: 'with a cookie outside `exempt`, consentBanner is declared with refuseAllOnFirstLayer',
  params: z.strictObject({ exempt: z.array(z.enum(COOKIE_CATEGORIES)) }),
  *run({ declaration }, { exempt }) {
    const free = new Set(exempt);
    const needsConsent = declaration.cookies.find((c) => !free.has(c.category));
    if (needsConsent === undefined) return;
    const banner = declaration.consentBanner;
    if (banner?.refuseAllOnFirstLayer === true) return;
    yield {
      path: banner === undefined ? ['cookies'] : ['consentBanner', 'refuseAllOnFirstLayer'],
      vars: { cookie: needsConsent.name },
    };
  },
});
