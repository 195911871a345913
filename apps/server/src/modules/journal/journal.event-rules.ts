import type { JournalEvent } from './journal.entry.js';
import { JournalError } from './journal.errors.js';

// Each field accepts only references and codes. The narrow alphabets are the guard that keeps e-mail
// addresses, names or free text (personal data) out of a journal that can never be edited afterwards.
const ID = '[A-Za-z0-9_-]{1,64}';
const ACTOR = new RegExp(`^(?:system|(?:user|apikey):${ID})$`);
const ACTION = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+$/;
const SUBJECT = new RegExp(`^[a-z][a-z0-9_]*:${ID}$`);
// A table of a dataset (retention's proof of destruction): table names, possibly schema-qualified, never values.
const TABLE_SUBJECT = new RegExp(`^dataset:${ID}/[A-Za-z0-9_.-]{1,128}$`);
// Same shape as a declaration purpose id (packages/core idSchema).
const PURPOSE = /^[a-z0-9][a-z0-9-]{0,63}$/;
// A channel, then optionally a truncated network (written by journalOrigin).
const ORIGIN = /^[a-z]+(?: [0-9a-f.:]+\/\d{1,3})?$/;

/** Throws journal.invalid_event, naming the field, when an event would put something else than ids in the journal. */
export function assertValidEvent(event: JournalEvent): void {
  const bad = (field: string) => new JournalError('journal.invalid_event', `journal event: invalid ${field}`);
  if (!ACTOR.test(event.actor)) throw bad('actor');
  if (!ACTION.test(event.action)) throw bad('action');
  if (event.subject !== null && !SUBJECT.test(event.subject) && !TABLE_SUBJECT.test(event.subject))
    throw bad('subject');
  if (event.purpose !== null && !PURPOSE.test(event.purpose)) throw bad('purpose');
  if (!ORIGIN.test(event.origin)) throw bad('origin');
}
