import type { Declaration } from '../../declaration/schema/declaration.js';
import type { Purpose } from '../../declaration/schema/purposes.js';
import type { Recipient } from '../../declaration/schema/recipients.js';
import { RECIPIENT_ROLES } from '../../declaration/schema/recipients.js';
import type { Resolver } from './resolve.js';
import type { RecipientModel } from './types.js';

/**
 * The purposes whose information reaches a recipient: those that name it, and those that run on
 * a system it operates (a hosting provider receives what is stored there even if no purpose names it).
 */
export function purposesReaching(recipient: Recipient, declaration: Declaration): readonly Purpose[] {
  return reachIndex(declaration).get(recipient.id) ?? [];
}

const reachCache = new WeakMap<Declaration, Map<string, Purpose[]>>();

/** Recipient id → purposes reaching it, in declaration order; built in one pass per declaration. */
function reachIndex(declaration: Declaration): Map<string, Purpose[]> {
  const cached = reachCache.get(declaration);
  if (cached) return cached;
  const operatorOf = new Map<string, string>();
  for (const s of declaration.systems) if (s.operatedBy !== undefined) operatorOf.set(s.id, s.operatedBy);
  const index = new Map<string, Purpose[]>();
  for (const purpose of declaration.purposes) {
    const reached = new Set(purpose.recipients);
    for (const system of purpose.systems) {
      const operator = operatorOf.get(system);
      if (operator !== undefined) reached.add(operator);
    }
    for (const id of reached) {
      const list = index.get(id);
      if (list) list.push(purpose);
      else index.set(id, [purpose]);
    }
  }
  reachCache.set(declaration, index);
  return index;
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
