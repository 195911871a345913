import * as z from 'zod';
import { CHANNEL_KINDS } from '../../../declaration/schema/rights.js';
import { defineCheck } from '../../check-definition.js';

/**
 * People can exercise their rights through a channel of one of the given kinds, e.g. an online one
 * (A-2.1 r. 4.1 s.2(7): the technological means by which a person can have information rectified).
 */
export const rightsChannelKind = defineCheck({
  id: 'rights-channel-kind',
  description: 'rights.channels has a channel whose kind is in `kinds`',
  params: z.strictObject({ kinds: z.array(z.enum(CHANNEL_KINDS)).min(1) }),
  *run({ declaration }, { kinds }) {
    const channels = declaration.rights?.channels;
    if (channels?.some((c) => kinds.includes(c.kind))) return;
    yield { path: channels === undefined ? ['rights'] : ['rights', 'channels'] };
  },
});
