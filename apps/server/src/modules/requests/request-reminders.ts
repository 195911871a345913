import { type DeadlinePack, dueStatus, type Lang, loadDeadlinePack, type RequestKind } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { Database } from '../../db/schema.js';
import { userField } from '../auth/user-view.js';
import { reminderMail } from './reminder-mail.js';
import { createRemindersStore, type ReminderKey } from './reminders.store.js';
import type { RequestMailer } from './request-mailer.js';
import { rightsRequestOf } from './request-record.js';
import type { RequestRow } from './requests.store.js';

export const REMINDER_JOB = 'requests.remind_due_dates';

interface RemindersOptions {
  readonly db: Kysely<Database>;
  readonly cipher: FieldCipher;
  readonly mailer: RequestMailer | undefined;
  readonly publicUrl: string;
  /** The languages the organisation works in (its declaration), for staff whose own language is not known yet. */
  readonly languages: readonly Lang[];
  /** Days before the due day at which to remind (config VIGIE_REMINDER_DAYS); overdue is always reminded. */
  readonly days: readonly number[];
  readonly now: () => Date;
  readonly pack?: DeadlinePack;
}

/** The threshold a request has reached now, the most urgent one only: 'overdue', or the fewest days it is within. */
function thresholdOf(status: ReturnType<typeof dueStatus>, days: readonly number[]): string | undefined {
  if (status.status === 'overdue') return 'overdue';
  if (status.daysLeft === undefined || (status.status !== 'on-time' && status.status !== 'due-soon')) return undefined;
  const left = status.daysLeft;
  const reached = days.filter((d) => left <= d);
  return reached.length === 0 ? undefined : String(Math.min(...reached));
}

/**
 * Due-date reminders: for every open request whose clock runs, when it comes within a threshold (or is overdue),
 * one email to the staff member it is assigned to, or to every privacy officer when nobody (the owners when there is
 * no privacy officer). Once per request, due day and threshold: the reminder is recorded before it is sent, and the
 * record given back if the mail fails. Written in the language each reader last used the desk in (the organisation's
 * languages for one who has not yet). Nothing about the requester goes in the email.
 */
export function createRequestReminders(options: RemindersOptions) {
  const store = createRemindersStore(options.db);
  const pack = options.pack ?? loadDeadlinePack();
  const emailOf = (row: { id: string; email_encrypted: string }) =>
    options.cipher.decrypt(row.email_encrypted, userField('email_encrypted', row.id));

  /** The addresses, and the languages to write in: each reader's own, or the organisation's for one not known yet. */
  async function recipients(row: RequestRow): Promise<{ to: string[]; languages: Lang[] }> {
    let staff = row.assignee_id === null ? [] : await store.activeStaff({ id: row.assignee_id });
    if (staff.length === 0) staff = await store.activeStaff({ roles: ['privacy_officer'] });
    if (staff.length === 0) staff = await store.activeStaff({ roles: ['owner'] });
    const wanted = new Set(staff.flatMap((s) => (s.language === null ? options.languages : [s.language])));
    // French first when both are needed, as the organisation's own texts are.
    const languages = (['fr', 'en'] as const).filter((lang) => wanted.has(lang));
    return { to: staff.map(emailOf), languages };
  }

  async function remind(row: RequestRow, at: Date): Promise<boolean> {
    const mailer = options.mailer;
    if (mailer === undefined) return false;
    const status = dueStatus(pack, rightsRequestOf(row), at);
    const threshold = thresholdOf(status, options.days);
    if (threshold === undefined || status.due === undefined || status.daysLeft === undefined) return false;
    const key: ReminderKey = { requestId: row.id, due: status.due, threshold };
    const { to, languages } = await recipients(row);
    if (to.length === 0 || !(await store.claim(key, at.toISOString()))) return false;
    const mail = reminderMail(
      {
        reference: row.reference,
        kind: row.kind as RequestKind,
        due: status.due,
        daysLeft: status.daysLeft,
        link: `${options.publicUrl}/console/requests/${row.id}`,
      },
      languages,
    );
    try {
      // One message to every recipient: sent or not as a whole, so a retry never mails someone twice.
      await mailer.send({ to: to.join(', '), ...mail });
    } catch (error) {
      await store.release(key);
      throw error;
    }
    return true;
  }

  return {
    /** Sends the reminders due now; resolves with how many were sent. */
    async run(): Promise<number> {
      const at = options.now();
      let sent = 0;
      for (const row of await store.openRequests()) if (await remind(row, at)) sent += 1;
      return sent;
    },
  };
}
