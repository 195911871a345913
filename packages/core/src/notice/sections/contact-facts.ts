import type { ContactPerson } from '../../declaration/schema/organisation.js';
import type { Composer } from '../compose/composer.js';
import type { Block, Fact } from '../compose/document.js';
import { mail, web } from '../compose/inline.js';

type Facts = Extract<Block, { kind: 'facts' }>;

/** A contact person as label and value pairs, in a fixed order, leaving out what is not declared. */
export function contactFacts(c: Composer, contact: ContactPerson): Facts {
  const { contact: l } = c.s;
  const items: Fact[] = [];
  if (contact.name) items.push({ label: l.name, value: [contact.name] });
  if (contact.title) items.push({ label: l.title, value: [c.t(contact.title)] });
  if (contact.email) items.push({ label: l.email, value: [mail(contact.email)] });
  if (contact.phone) items.push({ label: l.phone, value: [contact.phone] });
  if (contact.address) items.push({ label: l.address, value: [c.address(contact.address)] });
  if (contact.url) items.push({ label: l.website, value: [web(contact.url)] });
  return { kind: 'facts', items };
}
