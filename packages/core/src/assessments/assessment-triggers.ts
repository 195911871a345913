import { buildCheckContext, type CheckContext } from '../check/context.js';
import type { Confidence } from '../check/rule-pack.js';
import type { LoadedDeclaration } from '../declaration/load.js';
import type { ASSESSMENT_STATUSES } from '../declaration/schema/security.js';
import type { Localized } from '../i18n/localized.js';
import { requestRegimesOf } from '../requests/regime.js';
import type { AssessmentTriggerRule, AssessmentTriggerRules, DerivedTrigger } from './trigger-rules.js';

/** What calls for the assessment: a recipient, a system or a purpose of the declaration. */
export interface TriggerSubject {
  readonly section: 'recipients' | 'systems' | 'purposes';
  readonly id: string;
  readonly name: Localized;
}

/** One assessment the declaration calls for, and whether one that covers it exists and has the status required. */
export interface AssessmentTrigger {
  readonly trigger: DerivedTrigger;
  readonly subject: TriggerSubject;
  readonly reason: Localized;
  readonly citation: Localized;
  readonly confidence: Confidence;
  readonly acceptedStatuses: readonly AssessmentStatus[];
  /** The declared assessments linked to the subject (its own, or those of the purposes sending information to it). */
  readonly assessments: readonly { readonly id: string; readonly status: AssessmentStatus | 'unknown' }[];
  /** Every path to the subject is covered by an assessment listing the trigger with an accepted status. */
  readonly covered: boolean;
}

type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
type Loaded = Pick<LoadedDeclaration, 'declaration' | 'taxonomy'>;

/**
 * The impact assessments a declaration calls for: each recipient or system outside Quebec (P-39.1 s.17,
 * s.70.1) and each high-risk purpose under the GDPR (Art. 35), for the regimes the organisation falls
 * under. Mirrors the checker's rules (outside-area-assessment, dpia-when-high-risk) so the register and
 * `vigie check` agree. The declaration does not mark systems as new, so s.3.3 (new or overhauled system)
 * is not derived: it stays a trigger the organisation declares on the assessment itself.
 */
export function assessmentTriggers(loaded: Loaded, rules: AssessmentTriggerRules): AssessmentTrigger[] {
  const regimes = new Set(requestRegimesOf(loaded.declaration.organisation));
  const ctx = buildCheckContext(loaded.declaration, loaded.taxonomy, new Set());
  const out: AssessmentTrigger[] = [];
  for (const rule of rules.triggers) {
    if (!rule.regimes.some((r) => regimes.has(r))) continue;
    if (rule.trigger === 'outside-quebec') out.push(...outsideQuebec(ctx, rule, rules));
    else out.push(...highRisk(ctx, rule));
  }
  return out;
}

function linkOf(ctx: CheckContext, id: string): { id: string; status: AssessmentStatus | 'unknown' } {
  return { id, status: ctx.assessmentsById.get(id)?.status ?? 'unknown' };
}

function satisfies(ctx: CheckContext, rule: AssessmentTriggerRule, id: string | undefined): boolean {
  const assessment = id === undefined ? undefined : ctx.assessmentsById.get(id);
  return (
    assessment !== undefined &&
    rule.acceptedStatuses.includes(assessment.status) &&
    assessment.triggers.includes(rule.trigger)
  );
}

function outsideQuebec(
  ctx: CheckContext,
  rule: AssessmentTriggerRule,
  rules: AssessmentTriggerRules,
): AssessmentTrigger[] {
  // The assessments of the purposes that send information to each recipient and system.
  const viaPurposes = new Map<string, (string | undefined)[]>();
  const note = (key: string, id: string | undefined) => viaPurposes.set(key, [...(viaPurposes.get(key) ?? []), id]);
  for (const purpose of ctx.declaration.purposes) {
    for (const id of purpose.recipients) note(`r:${id}`, purpose.impactAssessment);
    for (const id of purpose.systems) note(`s:${id}`, purpose.impactAssessment);
  }
  const build = (subject: TriggerSubject, own: string | undefined, key: string): AssessmentTrigger => {
    const purposes = viaPurposes.get(key) ?? [];
    const purposesCover = purposes.length > 0 && purposes.every((id) => satisfies(ctx, rule, id));
    const ids = [...new Set([own, ...purposes].filter((id): id is string => id !== undefined))];
    return {
      trigger: rule.trigger,
      subject,
      reason: rule.reason,
      citation: rule.citation,
      confidence: rule.confidence,
      acceptedStatuses: rule.acceptedStatuses,
      assessments: ids.map((id) => linkOf(ctx, id)),
      covered: satisfies(ctx, rule, own) || purposesCover,
    };
  };
  const out: AssessmentTrigger[] = [];
  for (const recipient of ctx.declaration.recipients) {
    if (ctx.placesOutside(recipient, rules.within).length === 0) continue;
    const name = { fr: recipient.name, en: recipient.name };
    out.push(build({ section: 'recipients', id: recipient.id, name }, recipient.impactAssessment, `r:${recipient.id}`));
  }
  for (const system of ctx.declaration.systems) {
    if (ctx.placesOutside(system, rules.within).length === 0) continue;
    const operator = system.operatedBy === undefined ? undefined : ctx.recipientsById.get(system.operatedBy);
    const name = { fr: system.name, en: system.name };
    out.push(build({ section: 'systems', id: system.id, name }, operator?.impactAssessment, `s:${system.id}`));
  }
  return out;
}

function highRisk(ctx: CheckContext, rule: AssessmentTriggerRule): AssessmentTrigger[] {
  const risk = rule.highRisk;
  if (risk === undefined) return [];
  const out: AssessmentTrigger[] = [];
  for (const purpose of ctx.declaration.purposes) {
    const large = purpose.scale !== undefined && risk.specialCategoryScales.includes(purpose.scale);
    const high = (large && ctx.isSpecialCategory(purpose)) || (risk.profiling && purpose.profiles === true);
    if (!high) continue;
    const id = purpose.impactAssessment;
    // As EU-GDPR-009: the purpose's own assessment, at an accepted status (its triggers are not required).
    const assessment = id === undefined ? undefined : ctx.assessmentsById.get(id);
    out.push({
      trigger: rule.trigger,
      subject: { section: 'purposes', id: purpose.id, name: purpose.name },
      reason: rule.reason,
      citation: rule.citation,
      confidence: rule.confidence,
      acceptedStatuses: rule.acceptedStatuses,
      assessments: id === undefined ? [] : [linkOf(ctx, id)],
      covered: assessment !== undefined && rule.acceptedStatuses.includes(assessment.status),
    });
  }
  return out;
}
