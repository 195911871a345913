import type { PrivacyCenterInfo } from '../api/types.js';
import { useMessages } from '../shared/lang-context.js';
import { mailtoHref, telHref } from './contact-links.js';

interface EntryPointProps {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** The link's words: distinct per entry point so that each link says where it leads. */
  readonly action: string;
  /** The email's subject, so that the person in charge sees at once what is asked. */
  readonly subject: string;
  readonly contact: PrivacyCenterInfo['contact'];
  /** An online form for this way in, offered first; writing to the person in charge stays possible. */
  readonly online?: { readonly href: string; readonly label: string };
}

/** One way in (request, consent, complaint): what to do, and the most direct channel the contact offers. */
export function EntryPoint({ id, title, text, action, subject, contact, online }: EntryPointProps) {
  const t = useMessages().privacy;
  const titleId = `${id}-title`;
  return (
    <section className="entry-point" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <p>{text}</p>
      {online === undefined ? null : (
        <p>
          <a className="action-link action-link-primary" href={online.href}>
            {online.label}
          </a>
        </p>
      )}
      {contact.email !== null ? (
        <p>
          <a className="action-link" href={mailtoHref(contact.email, subject)}>
            {action}
          </a>
          {contact.phone === null ? null : (
            <>
              {' '}
              {t.orCall} <a href={telHref(contact.phone)}>{contact.phone}</a>
            </>
          )}
        </p>
      ) : contact.phone !== null ? (
        <p>
          {t.call} <a href={telHref(contact.phone)}>{contact.phone}</a>
        </p>
      ) : contact.postalAddress !== null ? (
        <p>{t.byMail}</p>
      ) : // Without any channel, the contact card above already says where to look.
      null}
    </section>
  );
}
