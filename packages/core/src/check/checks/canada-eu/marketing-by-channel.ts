import * as z from 'zod';
import { MARKETING_CHANNELS } from '../../../declaration/schema/purposes.js';
import type { Localized } from '../../../i18n/localized.js';
import { defineCheck } from '../../check-definition.js';
import { listOf } from '../../labels.js';

const CHANNEL_LABELS = {
  email: { fr: 'courriel', en: 'email' },
  sms: { fr: 'texto', en: 'text message' },
  phone: { fr: 'téléphone', en: 'telephone' },
  post: { fr: 'courrier postal', en: 'post' },
  'online-ads': { fr: 'publicité en ligne', en: 'online advertising' },
} satisfies Record<(typeof MARKETING_CHANNELS)[number], Localized>;

/**
 * Marketing over the channels a law governs meets that law's requirement: prior consent (`optIn`: CASL
 * s. 6(1), CPCE L. 34-5) or a working way to stop the messages in every message (`unsubscribe`: CASL
 * s. 6(2)(c) and 11, CPCE L. 34-5, GDPR Art. 21(2)-(3)).
 */
export const marketingByChannel = defineCheck({
  id: 'marketing-by-channel',
  description: 'a purpose marketing over one of `channels` has marketing.<require> set to true',
  params: z.strictObject({
    channels: z.array(z.enum(MARKETING_CHANNELS)).min(1),
    require: z.enum(['optIn', 'unsubscribe']),
  }),
  *run(ctx, { channels, require }) {
    const governed = new Set(channels);
    for (const [i, purpose] of ctx.declaration.purposes.entries()) {
      const marketing = purpose.marketing;
      if (marketing === undefined || marketing[require]) continue;
      const used = marketing.channels.filter((c) => governed.has(c));
      if (used.length === 0) continue;
      yield {
        path: ['purposes', i, 'marketing', require],
        vars: {
          purpose: purpose.name,
          channels: listOf(CHANNEL_LABELS, used),
        },
      };
    }
  },
});
