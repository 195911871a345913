import * as z from 'zod';
import { idSchema } from '../../../declaration/schema/common.js';
import { RECORD_TYPES, RETENTION_TRIGGERS } from '../../../declaration/schema/retention.js';
import type { Localized } from '../../../i18n/localized.js';
import { compareDurations, type Duration, formatDuration, parseDuration } from '../../../time/duration.js';
import { defineCheck } from '../../check-definition.js';
import { RETENTION_TRIGGER_LABELS } from '../../labels.js';
import { durationParam } from '../../params.js';

type Trigger = (typeof RETENTION_TRIGGERS)[number];

/**
 * Records the law makes the organisation keep (a physician's clinical record: CMQ s.14) are kept at least
 * `min` after `trigger`. A rule is in scope when its recordType is one of `recordTypes`, or when a purpose
 * that uses one of `categories` names it.
 */
export const minimumRetention = defineCheck({
  id: 'minimum-retention',
  description: 'retention rules for `recordTypes` or `categories` run from `trigger` and last at least `min`',
  params: z.strictObject({
    recordTypes: z.array(z.enum(RECORD_TYPES)).default([]),
    categories: z.array(idSchema).default([]),
    trigger: z.enum(RETENTION_TRIGGERS),
    min: durationParam,
  }),
  *run(ctx, { recordTypes, categories, trigger, min }) {
    const namedByPurpose = new Set<string>();
    if (categories.length > 0) {
      for (const purpose of ctx.declaration.purposes) {
        if (purpose.retention !== undefined && ctx.purposeUses(purpose, ...categories)) {
          namedByPurpose.add(purpose.retention);
        }
      }
    }
    for (const [j, rule] of ctx.declaration.retention.entries()) {
      const inScope =
        (rule.recordType !== undefined && recordTypes.includes(rule.recordType)) || namedByPurpose.has(rule.id);
      const duration = rule.duration === undefined ? undefined : parseDuration(rule.duration);
      if (!inScope || duration === undefined) continue;
      const tooShort = compareDurations(duration, min) < 0;
      if (!tooShort && rule.trigger === trigger) continue;
      yield {
        path: ['retention', j, tooShort ? 'duration' : 'trigger'],
        vars: { retention: rule.name, declared: period(duration, rule.trigger), min: period(min, trigger) },
      };
    }
  },
});

/** "10 ans après la dernière inscription au dossier" / "10 years after the last entry in the record". */
function period(duration: Duration, trigger: Trigger): Localized {
  const label = RETENTION_TRIGGER_LABELS[trigger];
  return {
    fr: `${formatDuration(duration, 'fr')} après ${label.fr}`,
    en: `${formatDuration(duration, 'en')} after ${label.en}`,
  };
}
