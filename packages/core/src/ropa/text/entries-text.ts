import type { Lang } from '../../i18n/localized.js';
import type {
  RopaAgreement,
  RopaAssessment,
  RopaDataCategory,
  RopaProfiling,
  RopaRecipient,
  RopaSource,
  RopaSubject,
  RopaSystem,
  RopaTransfer,
} from '../model.js';
import { placeCode } from '../places.js';
import type { RopaStrings } from '../strings/ropa-strings.js';
import { capitalize, formatPlaces, labelled, withNotes } from './format.js';

/** "Health claims (sensitive, special category)" */
export function categoryText(c: RopaDataCategory, s: RopaStrings, lang: Lang): string {
  return withNotes(c.label[lang], [
    c.sensitive && s.words.sensitive,
    c.specialCategory && s.words.specialCategoryShort,
  ]);
}

/** "Sensitive, special category…", "Sensitive" or "Not sensitive". */
export function sensitivityText(c: RopaDataCategory, s: RopaStrings): string {
  if (!c.sensitive && !c.specialCategory) return capitalize(s.words.notSensitive);
  return capitalize([s.words.sensitive, ...(c.specialCategory ? [s.words.specialCategory] : [])].join(', '));
}

export function subjectText(subject: RopaSubject, s: RopaStrings, lang: Lang): string {
  return withNotes(subject.label[lang], [subject.includesMinors && s.words.mayIncludeMinors]);
}

/** The person themself is named as such in a record, not with the notice's "you". */
export function sourceText(source: RopaSource, s: RopaStrings, lang: Lang): string {
  return source.id === 'data-subject' ? s.words.dataSubjectSource : source.label[lang];
}

/** "Cloud host (processor, CA-QC / US)" */
export function recipientText(r: RopaRecipient, s: RopaStrings): string {
  return withNotes(r.name, [s.roles[r.role], formatPlaces(r.places)]);
}

/** "Cloud host – US: standard contractual clauses (GDPR Art. 46(2)(c))" */
export function transferText(t: RopaTransfer, s: RopaStrings): string {
  return labelled(
    s,
    `${t.recipientName} – ${placeCode(t.place)}`,
    t.safeguard ? s.safeguards[t.safeguard] : s.words.safeguardNotStated,
  );
}

/** "Patient files (CA-QC, operated by Cloud host)" */
export function systemText(system: RopaSystem, s: RopaStrings): string {
  return withNotes(system.name, [
    placeCode(system.place),
    system.operatedBy && `${s.words.operatedBy} ${system.operatedBy.name}`,
  ]);
}

/** "Cloud PIA (approved, completed 2025-01-10, approved 2025-02-01)" */
export function assessmentText(a: RopaAssessment, s: RopaStrings, lang: Lang): string {
  return withNotes(a.title[lang], [
    s.assessmentStatuses[a.status],
    a.completedOn && `${s.words.completedOn} ${a.completedOn}`,
    a.approvedOn && `${s.words.approvedOn} ${a.approvedOn}`,
  ]);
}

/** "DPA-2024-03 (signed 2024-03-01, review 2026-03-01)" */
export function agreementText(a: RopaAgreement | undefined, none: string, s: RopaStrings): string {
  if (!a) return none;
  return withNotes(a.reference, [
    a.signedOn && `${s.words.signedOn} ${a.signedOn}`,
    a.reviewOn && `${s.words.reviewOn} ${a.reviewOn}`,
  ]);
}

/** What the technology can do to the person (P-39.1 s.8.1) and automated decisions (s.12.1, GDPR Art. 22). */
export function profilingTexts(p: RopaProfiling, s: RopaStrings, lang: Lang): string[] {
  const texts = [
    p.identifies && s.words.identifies,
    p.locates && s.words.locates,
    p.profiles && s.words.profiles,
  ].filter((t): t is string => typeof t === 'string');
  const decision = p.automatedDecision;
  if (decision) {
    const kind = decision.exclusivelyAutomated ? s.words.exclusivelyAutomated : s.words.assistedDecision;
    texts.push(labelled(s, kind, decision.logic[lang]));
    if (decision.review) texts.push(labelled(s, s.words.review, decision.review[lang]));
  }
  return texts.length === 0 ? [s.words.none] : texts.map(capitalize);
}
