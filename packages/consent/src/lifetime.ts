import type { ConsentConfig } from './types.js';

// CNIL, délibération n° 2020-092 (cookie recommendation, §49-50): a choice is kept about six months, and
// the consent cookie should not outlive 13 months. The organisation's declaration sets the lifetime
// (consentBanner.choiceLifetime); these are the fallback and the ceiling the SDK never goes past.
const DEFAULT_DAYS = 182;
const MAX_DAYS = 395;
const DAY_MS = 86_400_000;

export function choiceLifetimeMs(config: ConsentConfig): number {
  const days = config.choiceLifetimeDays > 0 ? config.choiceLifetimeDays : DEFAULT_DAYS;
  return Math.min(days, MAX_DAYS) * DAY_MS;
}
