// Generates a large, valid declaration: N purposes over M organisation-defined data categories,
// with recipients (some outside Quebec), retention rules and cookies, in the shape of the examples.
import { stringify } from 'yaml';

/** @param {{ purposes: number, categories: number }} size */
export function generateDeclaration({ purposes, categories }) {
  const loc = (fr, en) => ({ fr, en });
  const builtin = ['name', 'email', 'phone', 'health', 'banking', 'ip-address', 'health-insurance-number'];
  const recipients = Array.from({ length: 200 }, (_, i) => ({
    id: `recipient-${i}`,
    name: `Fournisseur ${i}`,
    role: i % 3 === 0 ? 'controller' : 'processor',
    location: i % 10 === 0 ? { country: 'US' } : { country: 'CA', region: i % 2 ? 'QC' : 'ON' },
    contract: { reference: `CT-${i}`, signedOn: '2025-01-01' },
    ...(i % 10 === 0 ? { transferSafeguard: 'standard-contractual-clauses', impactAssessment: 'pia-transfers' } : {}),
  }));
  return {
    vigie: 1,
    organisation: {
      legalName: 'Organisation Générée inc.',
      kind: 'private-enterprise',
      providesHealthServices: true,
      jurisdictions: ['QC', 'CA', 'EU'],
      languages: ['fr', 'en'],
      address: { street: '1 rue Test', city: 'Montréal', region: 'QC', country: 'CA' },
      personInCharge: {
        name: 'Responsable Test',
        title: loc('Responsable de la protection des renseignements personnels', 'Person in charge'),
        email: 'prp@exemple.ca',
      },
      dpo: { title: loc('Délégué à la protection des données', 'Data protection officer'), email: 'dpo@exemple.ca' },
    },
    dataCategories: Array.from({ length: categories }, (_, i) => ({
      id: `category-${i}`,
      label: loc(`Catégorie ${i}`, `Category ${i}`),
      parent: builtin[i % builtin.length],
    })),
    purposes: Array.from({ length: purposes }, (_, i) => ({
      id: `purpose-${i}`,
      name: loc(`Fin numéro ${i}`, `Purpose number ${i}`),
      description: loc(`Description de la fin ${i}.`, `Description of purpose ${i}.`),
      secondary: i % 7 === 0,
      legalBasis: {
        quebec: { consent: i % 2 ? 'express' : 'implicit' },
        pipeda: { consent: 'express' },
        gdpr: { basis: i % 2 ? 'consent' : 'contract', specialCategoryCondition: 'explicit-consent' },
      },
      dataCategories: [`category-${i % categories}`, `category-${(i * 7) % categories}`, 'email'],
      subjects: [i % 2 ? 'patients' : 'members'],
      recipients: [`recipient-${i % 200}`, `recipient-${(i * 3) % 200}`],
      retention: `retention-${i % 100}`,
      profiles: i % 50 === 0,
    })),
    recipients,
    retention: Array.from({ length: 100 }, (_, i) => ({
      id: `retention-${i}`,
      name: loc(`Règle ${i}`, `Rule ${i}`),
      duration: `P${1 + (i % 12)}Y`,
      trigger: 'last-contact',
      action: i % 2 ? 'destroy' : 'anonymize',
    })),
    cookies: Array.from({ length: 100 }, (_, i) => ({
      name: `cookie_${i}`,
      provider: `Fournisseur ${i % 10}`,
      category: ['essential', 'analytics', 'marketing', 'functional'][i % 4],
      lifetime: 'P13M',
      purpose: loc(`Témoin ${i}`, `Cookie ${i}`),
      onByDefault: i % 4 === 0,
    })),
    impactAssessments: [
      {
        id: 'pia-transfers',
        title: loc('EFVP transferts', 'PIA transfers'),
        triggers: ['outside-quebec'],
        status: 'approved',
      },
    ],
    rights: {
      available: ['access', 'rectification', 'erasure', 'portability', 'withdraw-consent'],
      channels: [{ kind: 'email', value: 'prp@exemple.ca' }],
      responseDeadline: 'P30D',
    },
    policy: { version: '1', effectiveDate: '2026-01-01' },
  };
}

export function generateDeclarationYaml(size) {
  return stringify(generateDeclaration(size));
}
