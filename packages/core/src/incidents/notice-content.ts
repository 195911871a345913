import type { Organisation } from '../declaration/schema/organisation.js';
import { addDuration, parseDuration } from '../time/duration.js';
import type { Count, Incident } from './incident.js';
import type { IncidentRegime, IncidentRules, NotificationRule } from './incident-rules.js';
import { NOTICE_ITEMS, type NoticeItem, type NoticeKind, type NotificationKind } from './notice-items.js';

/** What a notice is written from besides the incident: the rules, the regimes that apply and the organisation. */
export interface NoticeContext {
  readonly rules: IncidentRules;
  readonly regimes: readonly IncidentRegime[];
  readonly organisation: Pick<Organisation, 'legalName' | 'businessNumber'>;
  /** When the notice is written: a CNIL notification after 72 hours must give the reasons for the delay. */
  readonly now: Date;
}

/** The rules behind a notice: its own, and for the public notice those of the persons it replaces. */
function rulesFor(notice: NoticeKind, context: NoticeContext): NotificationRule[] {
  const target: NotificationKind = notice === 'public' ? 'persons' : notice;
  return context.regimes.flatMap((regime) =>
    context.rules.regimes[regime].notifications.filter(
      (rule) => rule.notice === target && (notice !== 'public' || rule.publicInstead !== undefined),
    ),
  );
}

/** Whether any regime that applies asks for this notice. */
export function noticeApplies(notice: NoticeKind, context: NoticeContext): boolean {
  return rulesFor(notice, context).length > 0;
}

/** The items the law asks this notice to hold, in a fixed order, across the regimes that apply. */
export function requiredItems(notice: NoticeKind, context: NoticeContext): NoticeItem[] {
  const wanted = new Set(rulesFor(notice, context).flatMap((rule) => rule.content));
  return NOTICE_ITEMS.filter((item) => wanted.has(item));
}

const filled = (text: string | undefined) => text !== undefined && text.trim() !== '';
const counted = (count: Count | undefined) => count !== undefined;

/** Whether a legal clock of the notice has run out (then the reasons for the delay are required). */
function pastLegalPeriod(incident: Incident, notice: NoticeKind, context: NoticeContext): boolean {
  return rulesFor(notice, context).some((rule) => {
    if (rule.clock.kind !== 'legal') return false;
    const period = parseDuration(rule.clock.within);
    return period !== undefined && context.now > addDuration(new Date(incident.aware.start), period);
  });
}

function hasItem(incident: Incident, item: NoticeItem, notice: NoticeKind, context: NoticeContext): boolean {
  switch (item) {
    case 'organisation':
    case 'aware':
    case 'complaintRight':
      return true;
    case 'businessNumber':
      return filled(context.organisation.businessNumber);
    case 'piDescription':
      return filled(incident.piDescription) || filled(incident.piDescriptionUnknownReason);
    case 'occurred':
      return incident.occurred !== undefined;
    case 'personsAffected':
      return counted(incident.personsAffected);
    case 'quebecResidents':
      return counted(incident.quebecResidents);
    case 'recordsAffected':
      return counted(incident.recordsAffected);
    case 'consequences':
      return filled(incident.assessment.consequences);
    case 'seriousReasons':
      return incident.decision?.serious === true && filled(incident.decision.reasons);
    case 'lateReasons':
      return !pastLegalPeriod(incident, notice, context) || filled(incident.lateReasons);
    default:
      return filled(incident[item]);
  }
}

/** The items this notice requires that the incident does not fill yet (empty: the notice can be written). */
export function missingForNotice(incident: Incident, notice: NoticeKind, context: NoticeContext): NoticeItem[] {
  return requiredItems(notice, context).filter((item) => !hasItem(incident, item, notice, context));
}
