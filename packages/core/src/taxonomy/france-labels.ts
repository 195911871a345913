import type { Taxonomy } from './taxonomy.js';

/**
 * France's words for the built-in taxonomy entries whose French is Quebec's (« courriel »,
 * « renseignements », « permis d'exercice », « infolettres »…), by id. Entries France words the
 * same way are left out, and so are Quebec-only ones (the permanent code) a French organisation
 * never declares.
 */
export const TAXONOMY_FR_FR: Readonly<Record<keyof Taxonomy, Readonly<Record<string, string>>>> = {
  categories: {
    email: 'Adresse électronique',
    'government-identifier': 'Identifiants officiels',
    'health-insurance-number': 'Numéro de sécurité sociale',
    health: 'Données de santé',
    'health-claims': 'Demandes de remboursement de soins de santé et dentaires',
    financial: 'Données financières',
    'insurance-policy': 'Contrats d’assurance',
    'hr-record': 'Dossier du salarié',
    'professional-credentials': 'Titre professionnel et numéro d’identification professionnelle',
    minors: 'Données concernant des mineurs',
  },
  subjects: {
    students: 'Étudiants',
    members: 'Adhérents et assurés',
    'former-employees': 'Anciens salariés',
    candidates: 'Candidats à un emploi',
    subscribers: 'Abonnés aux lettres d’information',
    customers: 'Clients',
    complainants: 'Auteurs de réclamations',
  },
  sources: {
    'health-professionals': 'Les professionnels de santé',
    website: 'Notre site web (cookies)',
  },
};
