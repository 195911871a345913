import { baseDocument } from './declarations.js';

/**
 * The qc-private base declaration with three additions the record must show: a processor in the
 * United States that hosts a backup system under standard contractual clauses, a purpose that sends
 * health claims to it, and a purpose that names no retention rule.
 */
export function baseWithTransferAndGap(): Record<string, unknown> {
  const doc = baseDocument('qc-private');
  const list = (key: string) => (doc[key] as Record<string, unknown>[] | undefined) ?? [];
  const someRule = list('retention')[0]?.id as string;
  doc.recipients = [
    ...list('recipients'),
    {
      id: 'us-backup',
      name: 'Sauvegardes Nuage, Inc.',
      role: 'processor',
      location: { country: 'US' },
      transferSafeguard: 'standard-contractual-clauses',
      contract: { reference: 'DPA-2025-07', signedOn: '2025-02-03', reviewOn: '2027-02-03' },
      confidentialityAgreement: { reference: 'NDA-12' },
    },
  ];
  doc.systems = [
    ...list('systems'),
    { id: 'offsite-backup', name: 'Sauvegardes hors site', location: { country: 'US' }, operatedBy: 'us-backup' },
  ];
  doc.purposes = [
    ...list('purposes'),
    {
      id: 'claims-backup',
      name: { fr: 'Sauvegarder les dossiers de réclamation', en: 'Back up claim files' },
      legalBasis: { quebec: { consent: 'implicit' } },
      dataCategories: ['name', 'health-claims'],
      subjects: ['members'],
      systems: ['offsite-backup'],
      retention: someRule,
    },
    {
      id: 'satisfaction-survey',
      name: { fr: 'Mesurer votre satisfaction', en: 'Measure your satisfaction' },
      legalBasis: { quebec: { consent: 'express' } },
      dataCategories: ['email'],
      subjects: ['members'],
    },
  ];
  return doc;
}
