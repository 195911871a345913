import { type Lang, REQUEST_KIND_LABELS, type RequestKind } from '@vigie/core';

/** What a reminder says: ids, kinds and dates only, never anything about the requester. */
interface ReminderFacts {
  readonly reference: string;
  readonly kind: RequestKind;
  readonly due: string;
  /** Days left on the due day's calendar; negative once overdue. */
  readonly daysLeft: number;
  /** The request in the console. */
  readonly link: string;
}

function block(facts: ReminderFacts, lang: Lang): { subject: string; text: string } {
  const kind = REQUEST_KIND_LABELS[facts.kind][lang];
  const overdue = facts.daysLeft < 0;
  if (lang === 'fr') {
    const when = overdue
      ? `était due le ${facts.due} : elle est en retard`
      : `doit recevoir une réponse au plus tard le ${facts.due} (${facts.daysLeft} jour${facts.daysLeft > 1 ? 's' : ''} restant${facts.daysLeft > 1 ? 's' : ''})`;
    return {
      subject: overdue
        ? `En retard : demande ${facts.reference}`
        : `Rappel : demande ${facts.reference} due le ${facts.due}`,
      text: `La demande ${facts.reference} (${kind}) ${when}.\nOuvrir la demande : ${facts.link}`,
    };
  }
  const when = overdue
    ? `was due on ${facts.due}: it is overdue`
    : `must be answered by ${facts.due} (${facts.daysLeft} day${facts.daysLeft === 1 ? '' : 's'} left)`;
  return {
    subject: overdue ? `Overdue: request ${facts.reference}` : `Reminder: request ${facts.reference} due ${facts.due}`,
    text: `Request ${facts.reference} (${kind}) ${when}.\nOpen the request: ${facts.link}`,
  };
}

/** The reminder in the staff's languages: one, or both (French first) when the organisation works in both. */
export function reminderMail(facts: ReminderFacts, langs: readonly Lang[]): { subject: string; text: string } {
  const blocks = langs.map((lang) => block(facts, lang));
  return {
    subject: blocks.map((b) => b.subject).join(' / '),
    text: `${blocks.map((b) => b.text).join('\n\n—\n\n')}\n`,
  };
}
