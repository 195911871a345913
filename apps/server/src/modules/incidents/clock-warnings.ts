import type { NotificationClock } from '@vigie/core';
import type { RequestMailer } from '../requests/request-mailer.js';
import type { IncidentDesk } from './incident-desk.js';
import type { IncidentsStore } from './incidents.store.js';

/** The recurring job that warns privacy officers; enqueued every CLOCK_WARNINGS_EVERY_MS by each server. */
export const CLOCK_WARNINGS_JOB = 'incidents.warn_clocks';
export const CLOCK_WARNINGS_EVERY_MS = 15 * 60_000;

const NOTICE_NAMES: Record<NotificationClock['notice'], { fr: string; en: string }> = {
  cai: { fr: 'Commission d’accès à l’information', en: 'Commission d’accès à l’information' },
  cnil: { fr: 'CNIL', en: 'CNIL' },
  opc: {
    fr: 'Commissariat à la protection de la vie privée du Canada',
    en: 'Office of the Privacy Commissioner of Canada',
  },
  persons: { fr: 'personnes concernées', en: 'persons concerned' },
  public: { fr: 'avis public', en: 'public notice' },
  minister: { fr: 'ministre de la Santé et des Services sociaux', en: 'Minister of Health and Social Services' },
  organisations: { fr: 'organisations pouvant réduire le préjudice', en: 'organisations that can reduce the harm' },
};

/**
 * The warning for one clock, in French then English. Only the reference, the notification, the due instant and a
 * link: never what happened or to whom (the mail leaves Vigie's encrypted store).
 */
function warningMail(reference: string, clock: NotificationClock, link: string) {
  const overdue = clock.status === 'overdue';
  const name = NOTICE_NAMES[clock.notice];
  const basis = {
    fr: clock.basis === 'legal' ? 'délai légal' : 'cible interne (la loi dit « avec diligence »)',
    en: clock.basis === 'legal' ? 'legal time limit' : 'internal target (the law says "promptly")',
  };
  const subject = overdue
    ? `Incident ${reference} : avis en retard / notice overdue`
    : `Incident ${reference} : avis à faire bientôt / notice due soon`;
  const text = [
    `${overdue ? 'En retard' : 'Échéance proche'} : avis « ${name.fr} » pour l’incident ${reference}.`,
    `Échéance : ${clock.due} (${basis.fr}; ${clock.citation.fr}).`,
    `Ouvrir le registre : ${link}`,
    '',
    `${overdue ? 'Overdue' : 'Due soon'}: notice “${name.en}” for incident ${reference}.`,
    `Due: ${clock.due} (${basis.en}; ${clock.citation.en}).`,
    `Open the register: ${link}`,
    '',
  ].join('\n');
  return { subject, text };
}

/**
 * Emails the privacy officers once per incident and clock when the clock is due soon or overdue. The warning is
 * claimed in the store before the mail goes (so two servers never both send it) and given back if the mail fails
 * (so the next run tries again).
 */
export function createClockWarnings(deps: {
  readonly desk: IncidentDesk;
  readonly store: IncidentsStore;
  readonly mailer: RequestMailer | undefined;
  /** The privacy officers' addresses, read when the job runs. */
  readonly recipients: () => Promise<readonly string[]>;
  readonly publicUrl: string;
  readonly now: () => Date;
}) {
  return async function warnClocks(): Promise<number> {
    const { mailer } = deps;
    if (mailer === undefined) return 0;
    const recipients = await deps.recipients();
    if (recipients.length === 0) return 0;
    const at = deps.now();
    let sent = 0;
    for (const incident of await deps.desk.all()) {
      for (const clock of deps.desk.clocksOf(incident, at)) {
        if (clock.status !== 'due-soon' && clock.status !== 'overdue') continue;
        if (!(await deps.store.claimWarning(incident.id, clock.key, clock.status, at.toISOString()))) continue;
        const mail = warningMail(incident.reference, clock, `${deps.publicUrl}/console/incidents/${incident.id}`);
        try {
          for (const to of recipients) await mailer.send({ to, ...mail });
        } catch (error) {
          await deps.store.releaseWarning(incident.id, clock.key);
          throw error;
        }
        sent += 1;
      }
    }
    return sent;
  };
}
