import type { ApiClient } from './client.js';

// The confidentiality-incident register (issue 6): the list with its clocks, one incident, report, assess and
// decide, record a notification sent, and the notices the law requires. Types mirror the server's schemas
// (apps/server/src/modules/incidents/incidents.schemas.ts).

export type IncidentType = 'access' | 'use' | 'communication' | 'loss' | 'other';
export type ClockStatus = 'due' | 'due-soon' | 'overdue' | 'done' | 'not-owed';
export type NoticeKind = 'cai' | 'cnil' | 'opc' | 'persons' | 'public';
export type NotificationKind = NoticeKind | 'minister' | 'organisations';

export interface IncidentClock {
  readonly key: string;
  readonly regime: string;
  readonly notice: NotificationKind;
  readonly status: ClockStatus;
  readonly basis: 'legal' | 'internal-target';
  readonly due?: string;
  readonly provisional: boolean;
  readonly notOwedBecause?: string;
  readonly sentAt?: string;
  readonly late?: boolean;
  readonly citation: { readonly fr: string; readonly en: string };
}

interface IncidentSummary {
  readonly id: string;
  readonly reference: string;
  readonly types: readonly IncidentType[];
  readonly awareStart: string;
  readonly serious?: boolean;
  readonly retainUntil?: string;
  readonly clocks: readonly IncidentClock[];
}

interface TimeSpan {
  readonly start: string;
  readonly end?: string;
  readonly approximate: boolean;
}

/** The free texts staff write; every one optional. */
export type IncidentTextField =
  | 'piDescription'
  | 'piDescriptionUnknownReason'
  | 'subjectCategories'
  | 'recordCategories'
  | 'publicNoticeReason'
  | 'lateReasons'
  | 'circumstances'
  | 'cause'
  | 'measures'
  | 'personMeasures'
  | 'personsNotification'
  | 'otherAuthorities'
  | 'contact'
  | 'notes';

interface Count {
  readonly value: number;
  readonly approximate: boolean;
}

export type IncidentFacts = Partial<Record<IncidentTextField, string>> & {
  readonly types: readonly IncidentType[];
  readonly aware: TimeSpan;
  readonly occurred?: TimeSpan;
  readonly personsAffected?: Count;
  readonly quebecResidents?: Count;
  readonly recordsAffected?: Count;
  readonly assessment: Readonly<
    Partial<Record<'sensitivity' | 'consequences' | 'likelihood' | 'maliciousUse', string>>
  >;
  readonly decision?: {
    readonly serious: boolean;
    readonly reasons: string;
    readonly decidedBy: string;
    readonly decidedAt: string;
  };
};

export interface IncidentDetail extends IncidentSummary {
  readonly version: number;
  readonly facts: IncidentFacts;
  readonly notifications: readonly { readonly notice: NotificationKind; readonly sentAt: string }[];
  readonly notices: readonly { readonly notice: NoticeKind; readonly missing: readonly string[] }[];
}

export interface WrittenNotice {
  readonly lang: 'fr' | 'en';
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const incidentPath = (id: string) => `/api/v1/incidents/${encodeURIComponent(id)}`;

export async function listIncidents(api: ApiClient): Promise<readonly IncidentSummary[]> {
  return (await api.get<{ incidents: IncidentSummary[] }>('/api/v1/incidents')).incidents;
}

/** One incident, decrypted (the server journals the reading). */
export async function getIncident(api: ApiClient, id: string): Promise<IncidentDetail> {
  return (await api.get<{ incident: IncidentDetail }>(incidentPath(id))).incident;
}

export async function reportIncident(api: ApiClient, report: Record<string, unknown>): Promise<IncidentDetail> {
  return (await api.send<{ incident: IncidentDetail }>('POST', '/api/v1/incidents', report)).incident;
}

/** Changes facts, the assessment or the decision; `version` is the one read (a stale one answers 409). */
export async function updateIncident(
  api: ApiClient,
  id: string,
  change: Record<string, unknown> & { readonly version: number },
): Promise<IncidentDetail> {
  return (await api.send<{ incident: IncidentDetail }>('PATCH', incidentPath(id), change)).incident;
}

export async function recordNotification(
  api: ApiClient,
  id: string,
  notification: { readonly notice: NotificationKind; readonly sentAt: string },
): Promise<IncidentDetail> {
  return (await api.send<{ incident: IncidentDetail }>('POST', `${incidentPath(id)}/notifications`, notification))
    .incident;
}

export async function getNotice(
  api: ApiClient,
  id: string,
  notice: NoticeKind,
  lang: 'fr' | 'en',
): Promise<WrittenNotice> {
  return (await api.get<{ notice: WrittenNotice }>(`${incidentPath(id)}/notices/${notice}?lang=${lang}`)).notice;
}
