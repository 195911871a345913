import * as z from 'zod';
import { type Duration, parseDuration } from '../time/duration.js';

/**
 * A legal period in a rule's params (P30D, P10Y), parsed once when the pack is read so that checks
 * compare durations instead of strings.
 */
export const durationParam = z.string().transform((text, ctx): Duration => {
  const duration = parseDuration(text);
  if (duration === undefined) {
    ctx.addIssue({ code: 'custom', message: 'an ISO 8601 duration such as P30D or P10Y' });
    return z.NEVER;
  }
  return duration;
});
