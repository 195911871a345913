import type { ReactNode } from 'react';
import type { PrivacyCenterInfo } from '../api/types.js';
import { useLang, useMessages } from '../shared/lang-context.js';
import { telHref } from './contact-links.js';

/** The person in charge of personal information, as the organisation published them. */
export function ContactCard({ contact }: { contact: PrivacyCenterInfo['contact'] }) {
  const t = useMessages().privacy;
  const lang = useLang();
  const facts: { label: string; value: ReactNode }[] = [];
  if (contact.name !== null) facts.push({ label: t.contactName, value: contact.name });
  if (contact.title !== null) facts.push({ label: t.contactTitle, value: contact.title[lang] });
  if (contact.email !== null) {
    facts.push({ label: t.contactEmail, value: <a href={`mailto:${contact.email.trim()}`}>{contact.email}</a> });
  }
  if (contact.phone !== null) {
    facts.push({ label: t.contactPhone, value: <a href={telHref(contact.phone)}>{contact.phone}</a> });
  }
  if (contact.postalAddress !== null) {
    facts.push({ label: t.contactAddress, value: <span className="postal-address">{contact.postalAddress}</span> });
  }

  return (
    <section className="contact-card" aria-labelledby="contact-title">
      <h3 id="contact-title">{t.personInCharge}</h3>
      {facts.length === 0 ? (
        <p>{t.noContact}</p>
      ) : (
        <address>
          <dl className="facts">
            {facts.map((fact) => (
              <div key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </address>
      )}
    </section>
  );
}
