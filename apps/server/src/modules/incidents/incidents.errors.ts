import type { NoticeItem } from '@vigie/core';

/** Stable codes of what the incidents module refuses; incidents.problem.ts gives each its status and sentence. */
export type IncidentsErrorCode =
  | 'incidents.not_found'
  | 'incidents.changed_meanwhile'
  | 'incidents.no_regime'
  | 'incidents.period_reversed'
  | 'incidents.in_future'
  | 'incidents.notice_not_applicable'
  | 'incidents.notice_incomplete';

export class IncidentsError extends Error {
  readonly code: IncidentsErrorCode;
  /** For an incomplete notice: the items still empty. */
  readonly missing: readonly NoticeItem[];
  constructor(code: IncidentsErrorCode, missing: readonly NoticeItem[] = []) {
    super(code);
    this.name = 'IncidentsError';
    this.code = code;
    this.missing = missing;
  }
}
