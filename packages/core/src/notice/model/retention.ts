import type { Declaration } from '../../declaration/schema/declaration.js';
import type { Resolver } from './resolve.js';
import type { Ref, RetentionModel } from './types.js';

/** Each retention rule with the purposes that follow it, in declaration order. */
export function buildRetention(declaration: Declaration, resolve: Resolver): RetentionModel[] {
  // One pass over the purposes, not one per rule.
  const purposesOf = new Map<string, Ref[]>();
  for (const purpose of declaration.purposes) {
    if (purpose.retention === undefined) continue;
    const list = purposesOf.get(purpose.retention);
    if (list) list.push(resolve.purpose(purpose));
    else purposesOf.set(purpose.retention, [resolve.purpose(purpose)]);
  }
  return declaration.retention.map((rule) => ({
    id: rule.id,
    name: rule.name,
    duration: rule.duration,
    criteria: rule.criteria,
    trigger: rule.trigger,
    action: rule.action,
    exceptions: rule.exceptions,
    citation: rule.citation,
    purposes: purposesOf.get(rule.id) ?? [],
  }));
}
