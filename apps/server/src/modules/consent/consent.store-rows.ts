import type { Selectable } from 'kysely';
import type { ConsentRecordsTable } from '../../db/schema.js';
import type { ConsentRecord } from './consent.record.js';

/** Choices read back from their canonical JSON; anything else than booleans there is tampering, kept visible. */
function choicesOf(text: string): Record<string, boolean> {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, boolean>;
  } catch {
    // An unreadable value fails the record's hash, which is how verification reports it.
  }
  return {};
}

export function consentOf(row: Selectable<ConsentRecordsTable>): ConsentRecord {
  return {
    seq: row.seq,
    id: row.id,
    recordedAt: row.recorded_at,
    visitorIndex: row.visitor_index,
    choices: choicesOf(row.choices),
    noticeVersion: row.notice_version,
    configVersion: row.config_version,
    method: row.method,
    gpc: row.gpc === null ? null : row.gpc === 1,
    ipTruncated: row.ip_truncated,
    userAgentFamily: row.user_agent_family,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function consentRow(record: ConsentRecord, canonicalChoices: string): ConsentRecordsTable {
  return {
    seq: record.seq,
    id: record.id,
    recorded_at: record.recordedAt,
    visitor_index: record.visitorIndex,
    choices: canonicalChoices,
    notice_version: record.noticeVersion,
    config_version: record.configVersion,
    method: record.method,
    gpc: record.gpc === null ? null : record.gpc ? 1 : 0,
    ip_truncated: record.ipTruncated,
    user_agent_family: record.userAgentFamily,
    prev_hash: record.prevHash,
    hash: record.hash,
  };
}
