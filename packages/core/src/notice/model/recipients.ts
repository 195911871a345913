import { RECIPIENT_ROLES } from '../../declaration/schema/recipients.js';
import type { Declaration } from '../../declaration/schema/declaration.js';
import type { Purpose } from '../../declaration/schema/purposes.js';
import type { Recipient } from '../../declaration/schema/recipients.js';
import type { Resolver } from './resolve.js';
import type { RecipientModel } from './types.js';

/**
 * The purposes whose information reaches a recipient: those that name it, and those that run on
 * a system it operates (a hosting provider receives what is stored there even if no purpose names it).
 */
export function purposesReaching(recipient: Recipient, declaration: Declaration): Purpose[] {
  const operated = new Set(declaration.systems.filter((s) => s.operatedBy === recipient.id).map((s) => s.id));
  return declaration.purposes.filter(
    (p) => p.recipients.includes(recipient.id) || p.systems.some((id) => operated.has(id)),
  );
}

/** Recipients grouped by role (in the order of RECIPIENT_ROLES), each group in declaration order. */
export function buildRecipients(declaration: Declaration, resolve: Resolver): RecipientModel[] {
  const rank = (r: Recipient) => RECIPIENT_ROLES.indexOf(r.role);
  return [...declaration.recipients]
    .sort((a, b) => rank(a) - rank(b))
    .map((recipient) => {
      const purposes = purposesReaching(recipient, declaration);
      return {
        id: recipient.id,
        name: recipient.name,
        description: recipient.description,
        role: recipient.role,
        locations: [recipient.location, ...recipient.otherLocations],
        categories: resolve.categoriesOf(purposes),
        purposes: purposes.map(resolve.purpose),
        underContract: recipient.contract !== undefined,
      };
    });
}
