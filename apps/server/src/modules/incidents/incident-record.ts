import type { Count, Incident, IncidentType, RiskAssessment, SentNotification, TimeSpan } from '@vigie/core';
import type { FieldCipher, FieldLocation } from '../../crypto/field-cipher.js';
import type { IncidentRow } from './incidents.store.js';

/** What stays in clear: what the clocks, the listing and the retention need, and nothing about a person. */
interface Facts {
  readonly types: readonly IncidentType[];
  readonly occurred?: TimeSpan;
  readonly aware: TimeSpan;
  readonly determinedAt?: string;
  readonly personsAffected?: Count;
  readonly quebecResidents?: Count;
  readonly recordsAffected?: Count;
  readonly decision?: { serious: boolean; unlikelyRisk?: boolean; decidedBy: string; decidedAt: string };
}

/** The free texts besides the three with columns of their own, encrypted together. */
interface Narrative {
  readonly piDescriptionUnknownReason?: string;
  readonly cause?: string;
  readonly subjectCategories?: string;
  readonly recordCategories?: string;
  readonly assessment: RiskAssessment;
  readonly decisionReasons?: string;
  readonly measures?: string;
  readonly personMeasures?: string;
  readonly personsNotification?: string;
  readonly publicNoticeReason?: string;
  readonly otherAuthorities?: string;
  readonly lateReasons?: string;
  readonly contact?: string;
}

type EncryptedColumn =
  | 'pi_description_encrypted'
  | 'circumstances_encrypted'
  | 'notes_encrypted'
  | 'narrative_encrypted';

const at = (column: EncryptedColumn, rowId: string): FieldLocation => ({ table: 'incidents', column, rowId });

/** Drops undefined values, so that JSON and exactOptionalPropertyTypes agree. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The columns an incident is stored in (not the id, version or audit columns): the texts encrypted to this row. */
export function incidentColumns(
  cipher: FieldCipher,
  incident: Incident,
): Pick<IncidentRow, 'aware_start' | 'serious' | 'facts' | EncryptedColumn> {
  const id = incident.id;
  const optional = (column: EncryptedColumn, value: string | undefined) =>
    value === undefined ? null : cipher.encrypt(value, at(column, id));
  const decision = incident.decision;
  const facts: Facts = defined({
    types: incident.types,
    occurred: incident.occurred,
    aware: incident.aware,
    determinedAt: incident.determinedAt,
    personsAffected: incident.personsAffected,
    quebecResidents: incident.quebecResidents,
    recordsAffected: incident.recordsAffected,
    decision:
      decision === undefined
        ? undefined
        : defined({
            serious: decision.serious,
            unlikelyRisk: decision.unlikelyRisk,
            decidedBy: decision.decidedBy,
            decidedAt: decision.decidedAt,
          }),
  });
  const narrative: Narrative = defined({
    piDescriptionUnknownReason: incident.piDescriptionUnknownReason,
    cause: incident.cause,
    subjectCategories: incident.subjectCategories,
    recordCategories: incident.recordCategories,
    assessment: incident.assessment,
    decisionReasons: decision?.reasons,
    measures: incident.measures,
    personMeasures: incident.personMeasures,
    personsNotification: incident.personsNotification,
    publicNoticeReason: incident.publicNoticeReason,
    otherAuthorities: incident.otherAuthorities,
    lateReasons: incident.lateReasons,
    contact: incident.contact,
  });
  return {
    aware_start: incident.aware.start,
    serious: decision === undefined ? null : decision.serious ? 1 : 0,
    facts: JSON.stringify(facts),
    pi_description_encrypted: optional('pi_description_encrypted', incident.piDescription),
    circumstances_encrypted: optional('circumstances_encrypted', incident.circumstances),
    notes_encrypted: optional('notes_encrypted', incident.notes),
    narrative_encrypted: cipher.encrypt(JSON.stringify(narrative), at('narrative_encrypted', id)),
  };
}

/** The incident as packages/core sees it, decrypted, with the notifications recorded for it. */
export function incidentOf(
  cipher: FieldCipher,
  row: IncidentRow,
  notifications: readonly SentNotification[],
): Incident {
  const optional = (column: Exclude<EncryptedColumn, 'narrative_encrypted'>) => {
    const value = row[column];
    return value === null ? undefined : cipher.decrypt(value, at(column, row.id));
  };
  const facts = JSON.parse(row.facts) as Facts;
  const { decisionReasons, ...narrative } = JSON.parse(
    cipher.decrypt(row.narrative_encrypted, at('narrative_encrypted', row.id)),
  ) as Narrative;
  const { decision, ...clearFacts } = facts;
  return defined({
    id: row.id,
    reference: row.reference,
    ...clearFacts,
    ...narrative,
    piDescription: optional('pi_description_encrypted'),
    circumstances: optional('circumstances_encrypted'),
    notes: optional('notes_encrypted'),
    decision: decision === undefined ? undefined : { ...decision, reasons: decisionReasons ?? '' },
    notifications,
  });
}
