import type { Confidence } from '../check/rule-pack.js';
import type { Organisation } from '../declaration/schema/organisation.js';
import type { Localized } from '../i18n/localized.js';
import { addDuration, parseDuration } from '../time/duration.js';
import type { Incident } from './incident.js';
import type { IncidentRegime, IncidentRules, NotificationRule } from './incident-rules.js';
import type { NotificationKind } from './notice-items.js';

export type ClockStatus = 'due' | 'due-soon' | 'overdue' | 'done' | 'not-owed';

/** Why a notification is not owed, as recorded in the decision. */
export type NotOwedReason = 'not-serious' | 'unlikely-risk';

/** One notification a regime asks for, and where it stands. */
export interface NotificationClock {
  /** `regime:notice`, stable: the warning mails are recorded under it. */
  readonly key: string;
  readonly regime: IncidentRegime;
  readonly notice: NotificationKind;
  readonly status: ClockStatus;
  /** legal: a period the law sets; internal-target: the law says "promptly", the target is the organisation's. */
  readonly basis: 'legal' | 'internal-target';
  /** The law's words for the time allowed ("promptly", "not later than 72 hours"). */
  readonly wording: Localized;
  /** The instant the notification is due (absent when not owed). */
  readonly due?: string;
  /** No decision on the risk yet: the clock runs as if the notification were owed. */
  readonly provisional: boolean;
  readonly notOwedBecause?: NotOwedReason;
  /** When it was sent, and whether after the due instant. */
  readonly sentAt?: string;
  readonly late?: boolean;
  readonly confidence: Confidence;
  readonly citation: Localized;
}

export interface ClockOptions {
  /** Health and social services bodies also notify the Minister (R-22.1 s.108). */
  readonly organisationKind?: Organisation['kind'];
  /** How long before the due instant a clock shows as due soon (and is emailed); 24 hours unless given. */
  readonly dueSoonHours?: number;
}

const HOUR_MS = 3_600_000;
const DEFAULT_DUE_SOON_HOURS = 24;

function owedOrWhyNot(incident: Incident, rule: NotificationRule): NotOwedReason | undefined {
  const decision = incident.decision;
  if (decision === undefined || decision.serious) return undefined;
  if (rule.when === 'serious') return 'not-serious';
  return decision.unlikelyRisk === true ? 'unlikely-risk' : undefined;
}

/** The first sending that satisfies the rule: its own notice, or a public notice where the law allows one. */
function sentFor(incident: Incident, rule: NotificationRule): string | undefined {
  const accepted = (notice: NotificationKind) =>
    notice === rule.notice || (notice === 'public' && rule.publicInstead !== undefined);
  const times = incident.notifications.filter((n) => accepted(n.notice)).map((n) => n.sentAt);
  return times.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

function dueInstant(incident: Incident, rule: NotificationRule, internalTargetHours: number): Date {
  // An approximate awareness period runs from its start: the earliest the organisation may have known.
  const from = new Date(incident.aware.start);
  if (rule.clock.kind === 'legal') {
    const period = parseDuration(rule.clock.within);
    if (period === undefined) throw new Error(`invalid period ${rule.clock.within}`); // refused by the schema
    return addDuration(from, period);
  }
  return new Date(from.getTime() + internalTargetHours * HOUR_MS);
}

/**
 * Every notification the regimes ask for after this incident, each with its due instant and status at `now`.
 * Due means at or before the instant ("not later than 72 hours": 72 hours exactly is still on time).
 */
export function incidentClocks(
  incident: Incident,
  rules: IncidentRules,
  regimes: readonly IncidentRegime[],
  now: Date,
  internalTargetHours: number,
  options: ClockOptions = {},
): NotificationClock[] {
  const dueSoonMs = (options.dueSoonHours ?? DEFAULT_DUE_SOON_HOURS) * HOUR_MS;
  const clocks: NotificationClock[] = [];
  for (const regime of regimes) {
    for (const rule of rules.regimes[regime].notifications) {
      if (rule.organisationKinds && !rule.organisationKinds.includes(options.organisationKind ?? 'private-enterprise'))
        continue;
      const base = {
        key: `${regime}:${rule.notice}`,
        regime,
        notice: rule.notice,
        basis: rule.clock.kind === 'legal' ? ('legal' as const) : ('internal-target' as const),
        wording: rule.clock.wording,
        provisional: incident.decision === undefined,
        confidence: rule.clock.confidence,
        citation: rule.clock.citation,
      };
      const due = dueInstant(incident, rule, internalTargetHours);
      const sentAt = sentFor(incident, rule);
      const notOwed = owedOrWhyNot(incident, rule);
      if (sentAt !== undefined) {
        clocks.push({
          ...base,
          status: 'done',
          due: due.toISOString(),
          sentAt,
          late: Date.parse(sentAt) > due.getTime(),
        });
      } else if (notOwed !== undefined) {
        clocks.push({ ...base, status: 'not-owed', notOwedBecause: notOwed });
      } else {
        const left = due.getTime() - now.getTime();
        const status: ClockStatus = left < 0 ? 'overdue' : left <= dueSoonMs ? 'due-soon' : 'due';
        clocks.push({ ...base, status, due: due.toISOString() });
      }
    }
  }
  return clocks;
}
