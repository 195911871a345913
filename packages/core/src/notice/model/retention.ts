import type { Declaration } from '../../declaration/schema/declaration.js';
import type { Resolver } from './resolve.js';
import type { RetentionModel } from './types.js';

/** Each retention rule with the purposes that follow it, in declaration order. */
export function buildRetention(declaration: Declaration, resolve: Resolver): RetentionModel[] {
  return declaration.retention.map((rule) => ({
    id: rule.id,
    name: rule.name,
    duration: rule.duration,
    criteria: rule.criteria,
    trigger: rule.trigger,
    action: rule.action,
    exceptions: rule.exceptions,
    citation: rule.citation,
    purposes: declaration.purposes.filter((p) => p.retention === rule.id).map(resolve.purpose),
  }));
}
