import type { Confidence } from '../check/rule-pack.js';
import type { Localized } from '../i18n/localized.js';
import { addDuration, parseDuration } from '../time/duration.js';
import type { Incident } from './incident.js';
import type { IncidentRegime, IncidentRules } from './incident-rules.js';

/** How long one regime keeps the register entry. */
export interface RegimeRetention {
  readonly regime: IncidentRegime;
  readonly until: string;
  readonly confidence: Confidence;
  readonly citation: Localized;
}

/** The register entry is kept until the latest of the regimes' dates (undefined when none sets a period). */
export interface IncidentRetention {
  readonly until?: string;
  readonly byRegime: readonly RegimeRetention[];
}

/**
 * When the register entry may go: Quebec keeps it 5 years after the date or period of awareness (RCI s.8: the end of
 * an awareness period, so that the whole period is covered), PIPEDA 24 months after the breach was determined
 * (awareness when no date of determination is recorded). Each value and its citation come from the rules.
 */
export function retainUntil(
  incident: Incident,
  rules: IncidentRules,
  regimes: readonly IncidentRegime[],
): IncidentRetention {
  const awareness = incident.aware.end ?? incident.aware.start;
  const byRegime: RegimeRetention[] = [];
  for (const regime of regimes) {
    const rule = rules.regimes[regime].retention;
    if (rule === undefined) continue;
    const period = parseDuration(rule.period);
    if (period === undefined) throw new Error(`invalid period ${rule.period}`); // refused by the schema
    const from = rule.from === 'determination' ? (incident.determinedAt ?? awareness) : awareness;
    const until = addDuration(new Date(from), period).toISOString();
    byRegime.push({ regime, until, confidence: rule.confidence, citation: rule.citation });
  }
  const latest = byRegime.map((r) => r.until).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return { ...(latest === undefined ? {} : { until: latest }), byRegime };
}
