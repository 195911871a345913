import type { Declaration } from '../../../declaration/schema/declaration.js';
import type { Purpose } from '../../../declaration/schema/purposes.js';

/**
 * When a right exists depends on how the information is processed: withdrawal only where consent is the
 * basis (GDPR Art. 7(3), PIPEDA Sch. 1, 4.3.8), portability where consent or a contract is (Art. 20(1)),
 * objection where legitimate interests or a public task is, or for direct marketing (Art. 21(1)-(2)),
 * review where a decision is exclusively automated (Art. 22(3)).
 */
const RIGHT_CONDITIONS = {
  always: () => true,
  'gdpr-consent': (p: Purpose) =>
    p.legalBasis.gdpr?.basis === 'consent' || p.legalBasis.gdpr?.specialCategoryCondition === 'explicit-consent',
  'gdpr-consent-or-contract': (p: Purpose) =>
    p.legalBasis.gdpr?.basis === 'consent' || p.legalBasis.gdpr?.basis === 'contract',
  'gdpr-objection': (p: Purpose) =>
    p.legalBasis.gdpr?.basis === 'legitimate-interests' ||
    p.legalBasis.gdpr?.basis === 'public-task' ||
    p.marketing !== undefined,
  'automated-decision': (p: Purpose) => p.automatedDecision?.exclusivelyAutomated === true,
  'pipeda-consent': (p: Purpose) =>
    p.legalBasis.pipeda?.consent === 'implicit' || p.legalBasis.pipeda?.consent === 'express',
} satisfies Record<string, (purpose: Purpose) => boolean>;

type RightCondition = keyof typeof RIGHT_CONDITIONS;
export const RIGHT_CONDITION_IDS = Object.keys(RIGHT_CONDITIONS) as [RightCondition, ...RightCondition[]];

/**
 * For each condition asked about, the first purpose that meets it (`null` for `always`), in one pass over
 * the purposes whatever their number.
 */
export function firstPurposeMeeting(
  declaration: Declaration,
  conditions: ReadonlySet<RightCondition>,
): Map<RightCondition, Purpose | null> {
  const found = new Map<RightCondition, Purpose | null>();
  if (conditions.has('always')) found.set('always', null);
  const open = [...conditions].filter((c) => c !== 'always');
  for (const purpose of declaration.purposes) {
    if (open.length === 0) break;
    for (let k = open.length - 1; k >= 0; k--) {
      const condition = open[k] as RightCondition;
      if (RIGHT_CONDITIONS[condition](purpose)) {
        found.set(condition, purpose);
        open.splice(k, 1);
      }
    }
  }
  return found;
}
