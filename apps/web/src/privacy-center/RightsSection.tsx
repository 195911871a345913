import type { PrivacyCenterInfo } from '../api/types.js';
import { useMessages } from '../shared/lang-context.js';
import { ContactCard } from './ContactCard.js';
import { EntryPoint } from './EntryPoint.js';

type Contact = PrivacyCenterInfo['contact'];

/**
 * What a person can do, before the long policy: who to contact, and the three ways in (requests,
 * consent preferences, complaints). Each way in says how to do it today, through the person in charge;
 * later issues put online forms behind them.
 */
export function RightsSection({ contact }: { contact: Contact }) {
  const t = useMessages().privacy;
  return (
    // Not a named region: the policy below has its own "Your rights" section, and two landmarks with one
    // name would be ambiguous to screen reader users.
    <section className="rights">
      <h2 id="rights-title">{t.rightsTitle}</h2>
      <p>{t.rightsIntro}</p>
      <ContactCard contact={contact} />
      <div className="entry-points">
        <EntryPoint
          id="request"
          title={t.requestTitle}
          text={t.requestText}
          action={t.requestAction}
          subject={t.requestSubject}
          contact={contact}
        />
        <EntryPoint
          id="consent"
          title={t.consentTitle}
          text={t.consentText}
          action={t.consentAction}
          subject={t.consentSubject}
          contact={contact}
        />
        <EntryPoint
          id="complaint"
          title={t.complaintTitle}
          text={t.complaintText}
          action={t.complaintAction}
          subject={t.complaintSubject}
          contact={contact}
        />
      </div>
    </section>
  );
}
