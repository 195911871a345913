import type { Lang } from '../../i18n/localized.js';
import type { Ropa, RopaProcessorEntry } from '../model.js';
import { isTransfer } from '../places.js';
import type { RopaStrings } from '../strings/ropa-strings.js';
import { agreementText, assessmentText, categoryText, systemText } from '../text/entries-text.js';
import { capitalize, formatPlaces } from '../text/format.js';
import { orElse, type RopaTable, tableOf } from './ropa-table.js';

export const PROCESSOR_COLUMNS = [
  'recipient',
  'role',
  'description',
  'locations',
  'safeguard',
  'contract',
  'confidentialityAgreement',
  'assessment',
  'systems',
  'purposes',
  'dataCategories',
  'healthData',
] as const;
export type ProcessorColumn = (typeof PROCESSOR_COLUMNS)[number];

/** One row per declared recipient, in the order the declaration lists them. */
export function processorsTable(ropa: Ropa, s: RopaStrings, lang: Lang): RopaTable {
  const rows = ropa.processors.map((p) => ({
    recipient: [p.recipient.name],
    role: [capitalize(s.roles[p.recipient.role])],
    description: p.description ? [p.description[lang]] : [],
    locations: [formatPlaces(p.recipient.places)],
    safeguard: [safeguardText(p, s)],
    contract: [agreementText(p.contract, s.words.noContract, s)],
    confidentialityAgreement: [agreementText(p.confidentialityAgreement, s.words.noAgreement, s)],
    assessment: p.assessment ? [assessmentText(p.assessment, s, lang)] : [s.words.noneFeminine],
    systems: orElse(
      p.systems.map((x) => systemText(x, s)),
      s.words.none,
    ),
    purposes: orElse(
      p.purposes.map((x) => x.name[lang]),
      s.words.noneFeminine,
    ),
    dataCategories: orElse(
      p.dataCategories.map((c) => categoryText(c, s, lang)),
      s.words.noneFeminine,
    ),
    healthData: [healthDataText(p, s)],
  }));
  return tableOf(s.sheets.processors, PROCESSOR_COLUMNS, s.processors, rows);
}

/** The declared safeguard; without one, a gap only when the recipient's places take information out of the area. */
function safeguardText({ recipient }: RopaProcessorEntry, s: RopaStrings): string {
  if (recipient.safeguard) return capitalize(s.safeguards[recipient.safeguard]);
  return recipient.places.some(isTransfer) ? capitalize(s.words.safeguardNotStated) : s.words.notApplicable;
}

/** France: hosting health data for others requires HDS certification (CSP L.1111-8). */
function healthDataText(p: RopaProcessorEntry, s: RopaStrings): string {
  if (!p.hostsHealthData) return s.words.no;
  if (p.hdsCertified === undefined) return s.words.yes;
  return capitalize(p.hdsCertified ? s.words.hdsCertified : s.words.hdsNotCertified);
}
