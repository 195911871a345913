import type { RetentionRule } from '../declaration/schema/retention.js';
import { parseDuration } from '../time/duration.js';
import type { RopaRetention } from './model.js';

/** The erasure time limit of a retention rule, with its durations parsed for wording. */
export function retentionOf(rule: RetentionRule): RopaRetention {
  return {
    id: rule.id,
    name: rule.name,
    iso: rule.duration,
    duration: rule.duration === undefined ? undefined : parseDuration(rule.duration),
    criteria: rule.criteria,
    trigger: rule.trigger,
    action: rule.action,
    citation: rule.citation,
    exceptions: rule.exceptions.map((e) => ({
      records: e.records,
      duration: e.duration === undefined ? undefined : parseDuration(e.duration),
      trigger: e.trigger,
      reason: e.reason,
      citation: e.citation,
    })),
  };
}
