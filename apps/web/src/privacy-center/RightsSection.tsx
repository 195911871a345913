import type { PrivacyCenterInfo } from '../api/types.js';
import { useLang, useMessages } from '../shared/lang-context.js';
import { ContactCard } from './ContactCard.js';
import { EntryPoint } from './EntryPoint.js';
import { pagePath } from './pages.js';

type Contact = PrivacyCenterInfo['contact'];

/**
 * What a person can do, before the long policy: who to contact, and the three ways in (requests,
 * consent preferences, complaints). Requests have their online form (issue #4); every way in also says how
 * to do it through the person in charge; later issues put online forms behind the others.
 */
export function RightsSection({ contact }: { contact: Contact }) {
  const t = useMessages().privacy;
  const lang = useLang();
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
          online={{ href: pagePath('request', lang), label: t.requestOnline }}
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
