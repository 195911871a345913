import type { NotificationKind } from './notice-items.js';

/** RCI s.3.6 (QC-INC-1): what happened to the information. */
export const INCIDENT_TYPES = ['access', 'use', 'communication', 'loss', 'other'] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** A date or a period (ISO 8601 instants), and whether it is an estimate: the registers accept approximate ones. */
export interface TimeSpan {
  readonly start: string;
  /** The end of the period, when it is one. */
  readonly end?: string;
  readonly approximate: boolean;
}

/** A number of persons or records, possibly estimated (RCI s.3, GDPR Art. 33(3)(a), BSSR s.2). */
export interface Count {
  readonly value: number;
  readonly approximate: boolean;
}

/** The factors of the risk of injury (P-39.1 s.3.7, PIPEDA s.10.1(8)), each as the assessor wrote it. */
export interface RiskAssessment {
  readonly sensitivity?: string;
  readonly consequences?: string;
  readonly likelihood?: string;
  readonly maliciousUse?: string;
}

/** The recorded decision on the risk, with its reasons, who took it and when. */
export interface RiskDecision {
  /** Risk of serious injury (Quebec), real risk of significant harm (PIPEDA), high risk (GDPR Art. 34). */
  readonly serious: boolean;
  /** GDPR Art. 33(1): the breach is unlikely to result in a risk, so the CNIL need not be notified. */
  readonly unlikelyRisk?: boolean;
  readonly reasons: string;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

/** A notification sent (recorded by staff): it stops the clocks of that notification. */
export interface SentNotification {
  readonly notice: NotificationKind;
  readonly sentAt: string;
}

/**
 * One entry of the incident register: the fields of the Quebec register (RCI s.7), of the GDPR Art. 33
 * notification and internal log, and of the PIPEDA breach record (BSSR s.6), in one record (law-rules §5 a, c, d).
 * Free texts are written by staff in one language; they are personal data and are encrypted at rest by the server.
 */
export interface Incident {
  readonly id: string;
  readonly reference: string;
  readonly types: readonly IncidentType[];
  /** The personal information concerned, or why it is not known (RCI s.3(3)). */
  readonly piDescription?: string;
  readonly piDescriptionUnknownReason?: string;
  readonly circumstances?: string;
  readonly cause?: string;
  readonly occurred?: TimeSpan;
  /** When the organisation became aware: every clock runs from the start of this. */
  readonly aware: TimeSpan;
  /** PIPEDA: when the organisation determined that the breach occurred (the register's retention runs from it). */
  readonly determinedAt?: string;
  readonly personsAffected?: Count;
  readonly quebecResidents?: Count;
  readonly subjectCategories?: string;
  readonly recordCategories?: string;
  readonly recordsAffected?: Count;
  readonly assessment: RiskAssessment;
  readonly decision?: RiskDecision;
  /** Measures taken or planned to reduce the risk and prevent recurrence, with their dates. */
  readonly measures?: string;
  /** What the persons concerned can do to reduce the risk. */
  readonly personMeasures?: string;
  /** How and when the persons are (or will be) notified (RCI s.3(9), BSSR s.2(f)). */
  readonly personsNotification?: string;
  /** Why a public notice replaces the direct notice (no contact details, excessive effort, more harm). */
  readonly publicNoticeReason?: string;
  /** Other authorities notified (outside Quebec, abroad), or "none". */
  readonly otherAuthorities?: string;
  /** GDPR Art. 33(1): the reasons for a notification made after 72 hours. */
  readonly lateReasons?: string;
  /** Who the authority and the persons can reach for more information. */
  readonly contact?: string;
  readonly notes?: string;
  readonly notifications: readonly SentNotification[];
}
