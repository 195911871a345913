import { randomBytes, randomUUID } from 'node:crypto';
import type { Lang, Organisation } from '@vigie/core';
import type { FieldCipher, FieldLocation } from '../../crypto/field-cipher.js';
import type { RequestMailer } from '../requests/request-mailer.js';
import { authorityOf, type ComplaintLevel, dueAfter, type LevelView, levelViews } from './complaint-levels.js';
import { acknowledgementMail, conclusionMail } from './complaint-mails.js';
import { type ComplaintAction, type ComplaintState, nextState } from './complaint-states.js';
import { ComplaintsError } from './complaints.errors.js';
import type { ComplaintEventRow, ComplaintRow, ComplaintsStore } from './complaints.store.js';

interface ComplaintDeskContext {
  readonly store: ComplaintsStore;
  readonly cipher: FieldCipher;
  readonly organisation: Organisation;
  /** The declaration's rights.complaints: the levels and the acknowledgement deadline. */
  readonly levels: readonly ComplaintLevel[];
  readonly acknowledgementDeadline: string | undefined;
  /** Used when the declaration sets no acknowledgement deadline (VIGIE_COMPLAINT_ACK_DAYS). */
  readonly defaultAckDays: number;
  readonly mailer: RequestMailer | undefined;
  readonly now: () => Date;
}

/** A complaint as it arrives: from the privacy center (channel web) or entered by staff. */
interface IncomingComplaint {
  readonly text: string;
  readonly language: Lang;
  readonly name?: string | undefined;
  readonly email?: string | undefined;
  readonly channel: 'web' | 'mail' | 'phone' | 'in-person';
  readonly receivedAt?: string | undefined;
}

/** A complaint in the register's list: no personal data, the deadlines. */
interface ComplaintSummary {
  readonly id: string;
  readonly reference: string;
  readonly state: string;
  readonly level: number;
  readonly levelName: ComplaintLevel['name'] | null;
  readonly channel: string;
  readonly receivedAt: string;
  readonly acknowledgedAt: string | null;
  readonly acknowledgementDue: string;
  readonly acknowledgementOverdue: boolean;
  readonly levelDue: string | null;
  readonly anonymous: boolean;
}

/** One complaint opened by staff: the facts decrypted, the notes, the history and the declared levels. */
interface ComplaintDetail extends ComplaintSummary {
  readonly facts: {
    readonly text: string;
    readonly name: string | null;
    readonly email: string | null;
    readonly conclusion: string | null;
    readonly language: Lang;
  };
  readonly links: { readonly requestId: string | null; readonly incidentId: string | null };
  readonly notes: readonly { readonly note: string; readonly by: string; readonly at: string }[];
  readonly history: readonly { action: string; state: string; level: number; by: string; at: string }[];
  readonly levels: readonly LevelView[];
}

const column = (column: string, rowId: string, table = 'complaints'): FieldLocation => ({ table, column, rowId });

/** A reference staff and complainants can quote (random, so it says nothing about how many complaints there were). */
function newReference(at: Date): string {
  return `PLT-${at.getUTCFullYear()}-${randomBytes(3).toString('hex').toUpperCase()}`;
}

/** History ids sort in the order steps were taken within one instant (the process's monotonic clock). */
function eventId(): string {
  return `${process.hrtime.bigint().toString().padStart(20, '0')}-${randomUUID()}`;
}

export function createComplaintDesk(context: ComplaintDeskContext) {
  const { store, cipher, organisation, levels, mailer, now } = context;
  const ackDeadline = context.acknowledgementDeadline ?? `P${context.defaultAckDays}D`;

  function requireLevels(): void {
    if (levels.length === 0) throw new ComplaintsError('complaints.not_declared');
  }

  const decrypt = (value: string | null, name: string, id: string, table?: string) =>
    value === null ? null : cipher.decrypt(value, column(name, id, table));

  function summaryOf(row: ComplaintRow, at: Date): ComplaintSummary {
    const acknowledgementDue = dueAfter(row.received_at, ackDeadline) ?? row.received_at;
    const level = levels[row.level];
    const open = row.state !== 'concluded' && row.state !== 'closed';
    // An anonymous complaint from the privacy center cannot be acknowledged: its acknowledgement is never overdue.
    const reachable = row.email_encrypted !== null || row.channel !== 'web';
    return {
      id: row.id,
      reference: row.reference,
      state: row.state,
      level: row.level,
      levelName: level?.name ?? null,
      channel: row.channel,
      receivedAt: row.received_at,
      acknowledgedAt: row.acknowledged_at,
      acknowledgementDue,
      acknowledgementOverdue:
        reachable && row.acknowledged_at === null && Date.parse(acknowledgementDue) < at.getTime(),
      levelDue: open ? (dueAfter(row.level_started_at, level?.deadline) ?? null) : null,
      anonymous: row.email_encrypted === null && row.name_encrypted === null,
    };
  }

  function event(id: string, action: string, state: string, level: number, by: string, at: Date): ComplaintEventRow {
    return { id: eventId(), complaint_id: id, action, state, level, by, at: at.toISOString() };
  }

  async function load(id: string): Promise<ComplaintRow> {
    const row = await store.byId(id);
    if (row === undefined) throw new ComplaintsError('complaints.not_found');
    return row;
  }

  /** Applies one action of the transition table, with its column changes, and records it in the history. */
  async function transition(
    id: string,
    action: ComplaintAction,
    by: string,
    change: (row: ComplaintRow, to: ComplaintState, at: Date) => Partial<ComplaintRow> = () => ({}),
  ): Promise<ComplaintRow> {
    const row = await load(id);
    const to = nextState(row.state, action);
    const at = now();
    const changed = { ...change(row, to, at), state: to, updated_at: at.toISOString() };
    const level = changed.level ?? row.level;
    if (!(await store.update(id, row, changed, event(id, action, to, level, by, at))))
      throw new ComplaintsError('complaints.wrong_state');
    return { ...row, ...changed };
  }

  /** Emails the complainant when they gave an address; false when there is none or the mail could not go. */
  async function mailTo(row: ComplaintRow, write: (to: string, lang: Lang) => Parameters<RequestMailer['send']>[0]) {
    const email = decrypt(row.email_encrypted, 'email_encrypted', row.id);
    if (email === null || mailer === undefined) return false;
    try {
      await mailer.send(write(email, row.language));
      return true;
    } catch {
      // The SMTP error can quote the address: nothing is logged; the complaint stays where it was.
      return false;
    }
  }

  return {
    /** Registers a complaint; from the privacy center with an address, the acknowledgement is emailed at once. */
    async receive(
      input: IncomingComplaint,
      by: string,
    ): Promise<{ id: string; reference: string; acknowledged: boolean }> {
      requireLevels();
      const at = now();
      const receivedAt = input.receivedAt === undefined ? at : new Date(input.receivedAt);
      if (receivedAt.getTime() > at.getTime()) throw new ComplaintsError('complaints.in_future');
      const id = randomUUID();
      const optional = (value: string | undefined, name: string) =>
        value === undefined || value === '' ? null : cipher.encrypt(value, column(name, id));
      const row: ComplaintRow = {
        id,
        reference: newReference(at),
        state: 'received',
        level: 0,
        level_started_at: receivedAt.toISOString(),
        channel: input.channel,
        language: input.language,
        received_at: receivedAt.toISOString(),
        acknowledged_at: null,
        name_encrypted: optional(input.name, 'name_encrypted'),
        email_encrypted: optional(input.email, 'email_encrypted'),
        text_encrypted: cipher.encrypt(input.text, column('text_encrypted', id)),
        conclusion_encrypted: null,
        request_id: null,
        incident_id: null,
        created_at: at.toISOString(),
        updated_at: at.toISOString(),
      };
      await store.insert(row, event(id, 'receive', 'received', 0, by, at));
      if (input.channel !== 'web') return { id, reference: row.reference, acknowledged: false };
      const due = dueAfter(row.received_at, levels[0]?.deadline);
      const sent = await mailTo(row, (to, lang) => acknowledgementMail(to, lang, row.reference, organisation, due));
      if (sent)
        await transition(id, 'acknowledge', 'system', (_row, _to, when) => ({ acknowledged_at: when.toISOString() }));
      return { id, reference: row.reference, acknowledged: sent };
    },

    async list(): Promise<ComplaintSummary[]> {
      const at = now();
      return (await store.list()).map((row) => summaryOf(row, at));
    },

    async detail(id: string): Promise<ComplaintDetail> {
      const row = await load(id);
      const [notes, events] = await Promise.all([store.notes(id), store.events(id)]);
      return {
        ...summaryOf(row, now()),
        facts: {
          text: cipher.decrypt(row.text_encrypted, column('text_encrypted', id)),
          name: decrypt(row.name_encrypted, 'name_encrypted', id),
          email: decrypt(row.email_encrypted, 'email_encrypted', id),
          conclusion: decrypt(row.conclusion_encrypted, 'conclusion_encrypted', id),
          language: row.language,
        },
        links: { requestId: row.request_id, incidentId: row.incident_id },
        notes: notes.map((n) => ({
          note: cipher.decrypt(n.note_encrypted, column('note_encrypted', n.id, 'complaint_notes')),
          by: n.written_by,
          at: n.written_at,
        })),
        history: events.map((e) => ({ action: e.action, state: e.state, level: e.level, by: e.by, at: e.at })),
        levels: levelViews(organisation, levels, row.level),
      };
    },

    /** Records an acknowledgement given by mail, phone or in person. */
    async acknowledge(id: string, by: string) {
      await transition(id, 'acknowledge', by, (_row, _to, at) => ({ acknowledged_at: at.toISOString() }));
    },

    async addNote(id: string, note: string, by: string) {
      const row = await load(id);
      const to = nextState(row.state, 'note');
      const at = now();
      const noteId = randomUUID();
      await store.addNote(
        {
          id: noteId,
          complaint_id: id,
          note_encrypted: cipher.encrypt(note, column('note_encrypted', noteId, 'complaint_notes')),
          written_by: by,
          written_at: at.toISOString(),
        },
        event(id, 'note', to, row.level, by, at),
        to,
      );
    },

    /** Records the conclusion at the current level and, when asked and possible, emails it. */
    async conclude(id: string, conclusion: string, send: boolean, by: string): Promise<{ sent: boolean }> {
      const row = await transition(id, 'conclude', by, () => ({
        conclusion_encrypted: cipher.encrypt(conclusion, column('conclusion_encrypted', id)),
      }));
      if (!send) return { sent: false };
      const level = levels[row.level + 1];
      const authority = authorityOf(organisation, level);
      const sent = await mailTo(row, (to, lang) =>
        conclusionMail(to, lang, row.reference, organisation, conclusion, { level, authority }),
      );
      if (sent) {
        const at = now();
        await store.update(
          id,
          row,
          { updated_at: at.toISOString() },
          event(id, 'conclusion_sent', row.state, row.level, by, at),
        );
      }
      return { sent };
    },

    /** Moves the complaint to the next declared level; refused past the last. */
    async escalate(id: string, by: string) {
      const row = await load(id);
      if (row.level + 1 >= levels.length) throw new ComplaintsError('complaints.last_level');
      await transition(id, 'escalate', by, (_row, _to, at) => ({
        level: row.level + 1,
        level_started_at: at.toISOString(),
      }));
    },

    async close(id: string, by: string) {
      await transition(id, 'close', by);
    },

    /** Links a rights request and an incident (each must exist); an absent key leaves its link as it was. */
    async link(id: string, links: { requestId?: string | undefined; incidentId?: string | undefined }, by: string) {
      const row = await load(id);
      if (links.requestId !== undefined && !(await store.requestExists(links.requestId)))
        throw new ComplaintsError('complaints.link_not_found');
      if (links.incidentId !== undefined && !(await store.incidentExists(links.incidentId)))
        throw new ComplaintsError('complaints.link_not_found');
      const at = now();
      const linked = await store.update(
        id,
        row,
        {
          request_id: links.requestId ?? row.request_id,
          incident_id: links.incidentId ?? row.incident_id,
          updated_at: at.toISOString(),
        },
        event(id, 'link', row.state, row.level, by, at),
      );
      // Another action moved the complaint meanwhile: the caller reloads and tries again.
      if (!linked) throw new ComplaintsError('complaints.wrong_state');
    },
  };
}

export type ComplaintDesk = ReturnType<typeof createComplaintDesk>;
