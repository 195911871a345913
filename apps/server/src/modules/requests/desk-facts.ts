import { type DeadlinePack, extendRequest, requestClock, TRANSITIONS } from '@vigie/core';
import { rightsRequestOf } from './request-record.js';
import type { RequestRow } from './requests.store.js';

/** What the console needs to offer the lawful next steps of a request, and to show its extension. */
export interface DeskFacts {
  /** The states the lifecycle allows from here. */
  readonly moves: readonly string[];
  /** Whether the regime allows an extension now (once, with notice given within the first period where required). */
  readonly canExtend: boolean;
  /** The extension given: when notice was given, and the last day before it. */
  readonly extension?: { readonly noticeAt: string; readonly initialDue: string };
}

export function deskFactsOf(pack: DeadlinePack, row: RequestRow, at: Date): DeskFacts {
  const request = rightsRequestOf(row);
  const clock = requestClock(pack, request);
  const canExtend = extendRequest(pack, request, at, { fr: '', en: '' }).ok;
  return {
    moves: TRANSITIONS[request.state],
    canExtend,
    ...(request.extension === undefined || !clock.running
      ? {}
      : { extension: { noticeAt: request.extension.noticeAt, initialDue: clock.deadline.initialDue } }),
  };
}
