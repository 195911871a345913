import type { Lang } from '../../i18n/localized.js';
import type { Ropa, RopaController } from '../model.js';
import { canadaApplies, gdprApplies, quebecApplies } from '../regimes.js';
import type { RopaStrings } from '../strings/ropa-strings.js';
import { canadianConsentTexts, gdprBasisText, specialConditionText } from '../text/basis-text.js';
import {
  assessmentText,
  categoryText,
  profilingTexts,
  recipientText,
  sourceText,
  subjectText,
  systemText,
  transferText,
} from '../text/entries-text.js';
import { formatAddress, formatContact, labelled, withNotes } from '../text/format.js';
import { retentionTexts } from '../text/retention-text.js';
import { orElse, type RopaTable, tableOf } from './ropa-table.js';

/** The columns of the GDPR Art. 30(1) record, in the order of paragraph 1 (a) to (g), then Vigie's additions. */
export const ART30_COLUMNS = [
  'id',
  'activity',
  'description',
  'controller',
  'controllerContact',
  'jointControllers',
  'representative',
  'dpo',
  'gdprBasis',
  'specialCondition',
  'canadianConsent',
  'subjects',
  'dataCategories',
  'sensitive',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'security',
  'systems',
  'impactAssessment',
  'profiling',
] as const;
export type Art30Column = (typeof ART30_COLUMNS)[number];

/** One row per processing activity; the controller's columns repeat so that each row stands alone when filtered. */
export function art30Table(ropa: Ropa, s: RopaStrings, lang: Lang): RopaTable {
  const { jurisdictions } = ropa.controller;
  const gdpr = gdprApplies(jurisdictions);
  const controller = controllerCells(ropa.controller, s, lang);
  const security = securityTexts(ropa, s, lang);
  const rows = ropa.activities.map((a) => ({
    ...controller,
    id: [a.id],
    activity: [withNotes(a.name[lang], [a.secondary && s.words.secondaryPurpose])],
    description: a.description ? [a.description[lang]] : [],
    gdprBasis: [gdprBasisText(a, gdpr, s, lang)],
    specialCondition: [specialConditionText(a, gdpr, s)],
    canadianConsent: canadianConsentTexts(a, canadaApplies(jurisdictions), s),
    subjects: a.subjects.map((x) => subjectText(x, s, lang)),
    dataCategories: a.dataCategories.map((c) => categoryText(c, s, lang)),
    sensitive: [sensitiveText(a.dataCategories, s)],
    sources: a.sources.map((x) => sourceText(x, s, lang)),
    recipients: orElse(
      a.recipients.map((r) => recipientText(r, s)),
      s.words.noRecipients,
    ),
    transfers: orElse(
      a.transfers.map((t) => transferText(t, s)),
      s.words.none,
    ),
    retention: retentionTexts(a.retention, s, lang),
    security,
    systems: orElse(
      a.systems.map((x) => systemText(x, s)),
      s.words.notStated,
    ),
    impactAssessment: a.impactAssessment ? [assessmentText(a.impactAssessment, s, lang)] : [s.words.noneFeminine],
    profiling: profilingTexts(a.profiling, s, lang),
  }));
  return tableOf(s.sheets.art30, ART30_COLUMNS, s.art30, rows);
}

function controllerCells(c: RopaController, s: RopaStrings, lang: Lang) {
  const gdpr = gdprApplies(c.jurisdictions);
  const name = c.displayName ? `${c.legalName} (${c.displayName})` : c.legalName;
  return {
    controller: [
      name,
      formatAddress(c.address),
      ...(c.businessNumber ? [labelled(s, s.words.businessNumber, c.businessNumber)] : []),
      ...(c.website ? [c.website] : []),
    ],
    controllerContact: c.personInCharge
      ? [formatContact(c.personInCharge, lang)]
      : [quebecApplies(c.jurisdictions) ? s.words.notStated : s.words.notApplicable],
    jointControllers: orElse(
      c.jointControllers.map((j) => `${j.name}, ${j.contact}`),
      s.words.none,
    ),
    representative: c.representative
      ? [formatContact(c.representative, lang)]
      : [gdpr ? s.words.none : s.words.notApplicable],
    dpo: c.dpo ? [formatContact(c.dpo, lang)] : [gdpr ? s.words.dpoNotAppointed : s.words.notApplicable],
  };
}

/** GDPR Art. 30(1)(g): the general description of the technical and organisational measures. */
function securityTexts(ropa: Ropa, s: RopaStrings, lang: Lang): readonly string[] {
  const { technical, organisational, physical } = ropa.security;
  return orElse(
    [
      ...technical.map((m) => labelled(s, s.securityKinds.technical, m[lang])),
      ...organisational.map((m) => labelled(s, s.securityKinds.organisational, m[lang])),
      ...physical.map((m) => labelled(s, s.securityKinds.physical, m[lang])),
    ],
    s.words.notStated,
  );
}

function sensitiveText(categories: Ropa['activities'][number]['dataCategories'], s: RopaStrings): string {
  if (categories.some((c) => c.specialCategory)) return `${s.words.yes} – ${s.words.specialCategory}`;
  return categories.some((c) => c.sensitive) ? s.words.yes : s.words.no;
}
