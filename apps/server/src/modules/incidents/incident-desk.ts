import { randomBytes, randomUUID } from 'node:crypto';
import {
  type Incident,
  incidentClocks,
  type Lang,
  missingForNotice,
  NOTICE_KINDS,
  type NoticeKind,
  type NotificationClock,
  noticeApplies,
  renderIncidentNotice,
  retainUntil,
  type TimeSpan,
} from '@vigie/core';
import { incidentColumns, incidentOf } from './incident-record.js';
import type { IncidentsContext } from './incidents.context.js';
import { IncidentsError } from './incidents.errors.js';
import type { PatchInput, ReportInput } from './incidents.schemas.js';
import type { IncidentRow, NotificationRow } from './incidents.store.js';

/** An incident in the register's list: dates, types, the decision and the clocks, nothing about a person. */
interface IncidentSummary {
  readonly id: string;
  readonly reference: string;
  readonly types: readonly string[];
  readonly awareStart: string;
  readonly serious?: boolean;
  readonly retainUntil?: string;
  readonly clocks: readonly NotificationClock[];
}

/** One incident opened by staff: every field decrypted, its notifications and what each notice still lacks. */
interface IncidentDetail extends IncidentSummary {
  readonly version: number;
  readonly facts: Omit<Incident, 'id' | 'reference' | 'notifications'>;
  readonly notifications: Incident['notifications'];
  readonly notices: readonly { readonly notice: NoticeKind; readonly missing: readonly string[] }[];
}

function checkSpan(span: TimeSpan | undefined, now: Date): void {
  if (span === undefined) return;
  if (span.end !== undefined && Date.parse(span.end) < Date.parse(span.start))
    throw new IncidentsError('incidents.period_reversed');
  if (Date.parse(span.start) > now.getTime()) throw new IncidentsError('incidents.in_future');
}

/** Without undefined values, as the core types expect them. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A reference staff can quote (random, so it says nothing about how many incidents there were). */
function newReference(at: Date): string {
  return `INC-${at.getUTCFullYear()}-${randomBytes(3).toString('hex').toUpperCase()}`;
}

export function createIncidentDesk(context: IncidentsContext) {
  const { store, cipher, rules, regimes, organisation, internalTargetHours, now } = context;

  function requireRegimes(): void {
    if (regimes.length === 0) throw new IncidentsError('incidents.no_regime');
  }

  function clocksOf(incident: Incident, at: Date): NotificationClock[] {
    return incidentClocks(incident, rules, regimes, at, internalTargetHours, { organisationKind: organisation.kind });
  }

  const noticeContext = (at: Date) => ({ rules, regimes, organisation, now: at });

  function summaryOf(incident: Incident, at: Date): IncidentSummary {
    const retention = retainUntil(incident, rules, regimes);
    return defined({
      id: incident.id,
      reference: incident.reference,
      types: incident.types,
      awareStart: incident.aware.start,
      serious: incident.decision?.serious,
      retainUntil: retention.until,
      clocks: clocksOf(incident, at),
    });
  }

  function detailOf(row: IncidentRow, incident: Incident, at: Date): IncidentDetail {
    const { id: _id, reference: _reference, notifications, ...facts } = incident;
    const notices = NOTICE_KINDS.filter((notice) => noticeApplies(notice, noticeContext(at))).map((notice) => ({
      notice,
      missing: missingForNotice(incident, notice, noticeContext(at)),
    }));
    return { ...summaryOf(incident, at), version: row.version, facts, notifications, notices };
  }

  const sent = (rows: readonly NotificationRow[]) =>
    rows.map((n) => ({ notice: n.notice as Incident['notifications'][number]['notice'], sentAt: n.sent_at }));

  async function load(id: string): Promise<{ row: IncidentRow; incident: Incident }> {
    const row = await store.byId(id);
    if (row === undefined) throw new IncidentsError('incidents.not_found');
    return { row, incident: incidentOf(cipher, row, sent(await store.notifications([id]))) };
  }

  /** Every incident with its notifications, decrypted (the list, and the warning job). */
  async function all(): Promise<Incident[]> {
    const [rows, notifications] = await Promise.all([store.list(), store.notifications()]);
    const byIncident = new Map<string, NotificationRow[]>();
    for (const n of notifications) byIncident.set(n.incident_id, [...(byIncident.get(n.incident_id) ?? []), n]);
    return rows.map((row) => incidentOf(cipher, row, sent(byIncident.get(row.id) ?? [])));
  }

  return {
    all,
    clocksOf,

    /** Records a new incident, serious or not (every incident is registered, RCI s.7). */
    async report(input: ReportInput, by: string): Promise<IncidentDetail> {
      requireRegimes();
      const at = now();
      checkSpan(input.aware, at);
      checkSpan(input.occurred, at);
      const { assessment, ...facts } = input;
      const incident: Incident = defined({
        ...facts,
        id: randomUUID(),
        reference: newReference(at),
        assessment: assessment ?? {},
        notifications: [],
      });
      const row: IncidentRow = {
        id: incident.id,
        reference: incident.reference,
        ...incidentColumns(cipher, incident),
        retain_until: retainUntil(incident, rules, regimes).until ?? null,
        version: 1,
        reported_by: by,
        created_at: at.toISOString(),
        updated_at: at.toISOString(),
      };
      await store.insert(row);
      return detailOf(row, incident, at);
    },

    async list(): Promise<IncidentSummary[]> {
      const at = now();
      return (await all()).map((incident) => summaryOf(incident, at));
    },

    async detail(id: string): Promise<IncidentDetail> {
      const { row, incident } = await load(id);
      return detailOf(row, incident, now());
    },

    /**
     * Changes facts (or empties those named in `clear`), the assessment (merged factor by factor) and the decision
     * (who and when are recorded).
     */
    async update(id: string, patch: PatchInput, by: string): Promise<IncidentDetail> {
      const { row, incident } = await load(id);
      if (row.version !== patch.version) throw new IncidentsError('incidents.changed_meanwhile');
      const at = now();
      const { version, decision, assessment, clear = [], ...facts } = patch;
      const kept = Object.fromEntries(
        Object.entries(incident).filter(([key]) => !(clear as readonly string[]).includes(key)),
      ) as Incident;
      const updated: Incident = defined({
        ...kept,
        ...defined(facts),
        assessment: { ...incident.assessment, ...defined(assessment ?? {}) },
        decision:
          decision === undefined
            ? incident.decision
            : defined({ ...decision, decidedBy: by, decidedAt: at.toISOString() }),
      });
      checkSpan(updated.aware, at);
      checkSpan(updated.occurred, at);
      const change = {
        ...incidentColumns(cipher, updated),
        retain_until: retainUntil(updated, rules, regimes).until ?? null,
        updated_at: at.toISOString(),
      };
      if (!(await store.update(id, version, change))) throw new IncidentsError('incidents.changed_meanwhile');
      return detailOf({ ...row, ...change, version: version + 1 }, updated, at);
    },

    /** Records that a notice was sent: the clocks of that notification stop. */
    async recordNotification(
      id: string,
      notification: { notice: Incident['notifications'][number]['notice']; sentAt: string },
      by: string,
    ): Promise<IncidentDetail> {
      await load(id);
      const at = now();
      if (Date.parse(notification.sentAt) > at.getTime()) throw new IncidentsError('incidents.in_future');
      await store.addNotification({
        id: randomUUID(),
        incident_id: id,
        notice: notification.notice,
        sent_at: new Date(notification.sentAt).toISOString(),
        recorded_by: by,
        recorded_at: at.toISOString(),
      });
      const { row, incident } = await load(id);
      return detailOf(row, incident, at);
    },

    /** The notice as the law asks for it, or why not: no regime provides for it, or the items still missing. */
    async notice(id: string, notice: NoticeKind, lang: Lang) {
      const { incident } = await load(id);
      const result = renderIncidentNotice(incident, notice, lang, noticeContext(now()));
      if (result.ok) return result.notice;
      if (result.code === 'incidents.notice-not-applicable')
        throw new IncidentsError('incidents.notice_not_applicable');
      throw new IncidentsError('incidents.notice_incomplete', result.missing);
    },
  };
}

export type IncidentDesk = ReturnType<typeof createIncidentDesk>;
