import * as z from 'zod';
import type { Localized } from '../../../i18n/localized.js';
import { defineCheck } from '../../check-definition.js';

const NO_RULE: Localized = { fr: 'aucune règle de conservation indiquée', en: 'no retention rule named' };

/** The reason a named rule falls short, as a message shows it. */
const incomplete = (name: Localized): Localized => ({
  fr: `la règle « ${name.fr} » n'a ni durée ni critères`,
  en: `the rule "${name.en}" has neither a period nor criteria`,
});

/**
 * Every purpose tells how long its data is kept: a period, or when no fixed period exists, the criteria
 * that determine it (GDPR Art. 13(2)(a)). A retention rule with neither is reported once, where it is
 * written, naming the first purpose that relies on it.
 */
export const retentionPeriodOrCriteria = defineCheck({
  id: 'retention-period-or-criteria',
  description: 'every purpose names a retention rule that has a duration or criteria',
  params: z.strictObject({}),
  *run({ declaration }) {
    const indexOf = new Map(declaration.retention.map((rule, j) => [rule.id, j]));
    const reported = new Set<string>();
    for (const [i, purpose] of declaration.purposes.entries()) {
      if (purpose.retention === undefined) {
        yield { path: ['purposes', i], vars: { purpose: purpose.name, retention: NO_RULE } };
        continue;
      }
      const j = indexOf.get(purpose.retention);
      const rule = j === undefined ? undefined : declaration.retention[j];
      if (j === undefined || rule === undefined || rule.duration !== undefined || rule.criteria !== undefined) continue;
      if (reported.has(rule.id)) continue;
      reported.add(rule.id);
      yield { path: ['retention', j], vars: { purpose: purpose.name, retention: incomplete(rule.name) } };
    }
  },
});
