import type { ContactPerson } from '../../declaration/schema/organisation.js';
import type { NoticeModel } from '../model/types.js';
import { same } from './match.js';
import type { ContactRole, NoticeChange } from './types.js';

/** The person in charge, the DPO and the EU representative: who to write to is what a reader most needs to be current. */
export function diffContacts(before: NoticeModel, after: NoticeModel): NoticeChange[] {
  const roles: [ContactRole, ContactPerson | undefined, ContactPerson | undefined][] = [
    ['person-in-charge', contactOf(before.personInCharge), contactOf(after.personInCharge)],
    ['dpo', before.dpo, after.dpo],
    ['representative', before.representative, after.representative],
  ];
  const changes: NoticeChange[] = [];
  for (const [role, old, now] of roles) {
    if (!old && now) changes.push({ kind: 'contact-added', role, contact: now });
    else if (old && !now) changes.push({ kind: 'contact-removed', role });
    else if (old && now && !same(old, now)) changes.push({ kind: 'contact-changed', role, contact: now });
  }
  return changes;
}

/** Only what the notice publishes about the person counts, not internal dates such as the CAI notification. */
function contactOf(person: NoticeModel['personInCharge']): ContactPerson | undefined {
  if (!person) return undefined;
  const { name, title, email, phone, address, url } = person;
  return { name, title, email, phone, address, url };
}
