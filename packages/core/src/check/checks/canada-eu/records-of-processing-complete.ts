import * as z from 'zod';
import type { Localized } from '../../../i18n/localized.js';
import { defineCheck } from '../../check-definition.js';
import type { CheckContext } from '../../context.js';
import { joinLocalized } from './join-localized.js';

/** How many purpose names a finding shows before "and N more": a display choice, not a legal value. */
const NAMES_SHOWN = 3;

interface Field {
  readonly label: Localized;
  /** Names of the purposes that lack the field, [] when complete; `true` when a declaration-wide field is missing. */
  lacking(ctx: CheckContext): readonly Localized[] | boolean;
}

const hasContact = (c: { email?: unknown; phone?: unknown; address?: unknown; url?: unknown } | undefined) =>
  c !== undefined && (c.email ?? c.phone ?? c.address ?? c.url) !== undefined;

/**
 * The fields of GDPR Art. 30(1), as the declaration holds them. Purposes, subject and data categories are
 * required by the schema and so always present; the others can be missing.
 */
const FIELDS = {
  'controller-contact': {
    label: { fr: 'coordonnées du responsable du traitement', en: 'contact details of the controller' },
    lacking: ({ declaration: d }) =>
      (d.rights?.channels.length ?? 0) === 0 &&
      !hasContact(d.organisation.personInCharge) &&
      !hasContact(d.organisation.dpo),
  },
  'dpo-contact': {
    label: {
      fr: 'coordonnées du délégué à la protection des données',
      en: 'contact details of the data protection officer',
    },
    lacking: ({ declaration: d }) => d.organisation.dpo !== undefined && !hasContact(d.organisation.dpo),
  },
  purposes: {
    label: { fr: 'finalités', en: 'purposes' },
    lacking: ({ declaration: d }) => d.purposes.length === 0,
  },
  'subject-categories': {
    label: { fr: 'catégories de personnes concernées', en: 'categories of data subjects' },
    lacking: ({ declaration: d }) => d.purposes.filter((p) => p.subjects.length === 0).map((p) => p.name),
  },
  'data-categories': {
    label: { fr: 'catégories de données', en: 'categories of personal data' },
    lacking: ({ declaration: d }) => d.purposes.filter((p) => p.dataCategories.length === 0).map((p) => p.name),
  },
  // A processor that runs a system a purpose uses receives its data: it belongs among that purpose's recipients.
  recipients: {
    label: {
      fr: 'destinataires (sous-traitants des systèmes utilisés)',
      en: 'recipients (processors running the systems used)',
    },
    lacking: ({ declaration: d, systemsById }) =>
      d.purposes
        .filter((p) =>
          p.systems.some((s) => {
            const operator = systemsById.get(s)?.operatedBy;
            return operator !== undefined && !p.recipients.includes(operator);
          }),
        )
        .map((p) => p.name),
  },
  'erasure-limits': {
    label: { fr: "délais prévus pour l'effacement", en: 'time limits for erasure' },
    lacking: ({ declaration: d, retentionById }) =>
      d.purposes
        .filter((p) => {
          const rule = p.retention === undefined ? undefined : retentionById.get(p.retention);
          return rule === undefined || (rule.duration === undefined && rule.criteria === undefined);
        })
        .map((p) => p.name),
  },
  'security-measures': {
    label: { fr: 'description des mesures de sécurité', en: 'description of the security measures' },
    lacking: ({ declaration: d }) =>
      d.security === undefined ||
      d.security.technical.length + d.security.organisational.length + d.security.physical.length === 0,
  },
} satisfies Record<string, Field>;

type FieldId = keyof typeof FIELDS;
const FIELD_IDS = Object.keys(FIELDS) as [FieldId, ...FieldId[]];

/** "time limits for erasure ("A", "B", "C" and 2 more)". */
function describe(field: Field, lacking: readonly Localized[]): Localized {
  const shown = lacking.slice(0, NAMES_SHOWN);
  const more = lacking.length - shown.length;
  const names = (lang: 'fr' | 'en') =>
    shown.map((n) => (lang === 'fr' ? `« ${n.fr} »` : `"${n.en}"`)).join(', ') +
    (more > 0 ? (lang === 'fr' ? ` et ${more} autre(s)` : ` and ${more} more`) : '');
  return { fr: `${field.label.fr} (${names('fr')})`, en: `${field.label.en} (${names('en')})` };
}

/**
 * The records of processing (GDPR Art. 30(1)) are generated from the declaration, so every field they
 * need must be in it. One finding lists all that is missing, with the purposes concerned.
 */
export const recordsOfProcessingComplete = defineCheck({
  id: 'records-of-processing-complete',
  description: 'the declaration holds every Art. 30(1) field in `fields`',
  params: z.strictObject({ fields: z.array(z.enum(FIELD_IDS)).min(1) }),
  *run(ctx, { fields }) {
    const missing: Localized[] = [];
    for (const id of fields) {
      const field: Field = FIELDS[id];
      const lacking = field.lacking(ctx);
      if (lacking === true) missing.push(field.label);
      else if (lacking !== false && lacking.length > 0) missing.push(describe(field, lacking));
    }
    if (missing.length > 0) yield { path: ['purposes'], vars: { missing: joinLocalized(missing) } };
  },
});
