import type { FastifyRequest } from 'fastify';
import { actorOf } from '../../app/caller.js';
import type { JournalEntry, JournalEvent } from './journal.entry.js';
import { journalOrigin } from './journal.origin.js';

/** What a route records: the action and, when there is one, the record concerned and the purpose. */
export interface RecordedAction {
  readonly action: string;
  readonly subject?: string | null;
  readonly purpose?: string | null;
}

/** Appends journal entries for HTTP requests: the actor and origin come from the request, never from input. */
export type RequestJournal = (request: FastifyRequest, action: RecordedAction) => Promise<void>;

export function createRequestJournal(appender: {
  record(events: readonly JournalEvent[]): Promise<readonly JournalEntry[]>;
}): RequestJournal {
  return async (request, { action, subject = null, purpose = null }) => {
    const caller = request.caller;
    // The console is the web channel; machines (API keys) and the anonymous public are the API channel.
    const channel = caller.kind === 'user' ? 'web' : 'api';
    await appender.record([
      { actor: actorOf(caller), action, subject, purpose, origin: journalOrigin(channel, request.ip) },
    ]);
  };
}
