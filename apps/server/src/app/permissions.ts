import type { Localized } from '@vigie/core';
import type { Role } from '../modules/auth/user-view.js';

/**
 * What a route may require. Each permission is granted to roles below and, for those machines may use, to API keys
 * holding it as a scope. A route without a permission is refused (app/access.ts): access is never implied.
 */
export const PERMISSIONS = {
  'users.manage': {
    description: { fr: 'Gérer les comptes du personnel', en: 'Manage staff accounts' },
    roles: ['owner', 'admin'],
    apiKeyScope: false,
  },
  'api_keys.manage': {
    description: { fr: 'Gérer les clés d’API', en: 'Manage API keys' },
    roles: ['owner', 'admin'],
    apiKeyScope: false,
  },
  // The journal is the privacy officer's and the auditor's evidence; admins run the system but do not read who
  // looked at whose file (Law 25 s.3.1 puts that oversight with the person in charge).
  'journal.read': {
    description: {
      fr: 'Lire le journal des accès et sa vérification',
      en: 'Read the access journal and its verification',
    },
    roles: ['owner', 'privacy_officer', 'auditor'],
    apiKeyScope: true,
  },
  'journal.export': {
    description: { fr: 'Exporter une plage du journal avec sa preuve', en: 'Export a journal range with its proof' },
    roles: ['owner', 'privacy_officer', 'auditor'],
    apiKeyScope: true,
  },
  // Rights requests hold the requester's identity and what they ask about. Agents answer them day to day, privacy
  // officers answer for them before the authority (Law 25 s.3.1), owners are ultimately accountable; admins run the
  // system and auditors check the journal, neither needs to read a person's request.
  'requests.read': {
    description: { fr: 'Lire les demandes d’exercice de droits', en: 'Read rights requests' },
    roles: ['owner', 'privacy_officer', 'agent'],
    // Staff only for now: no machine needs requesters' identities yet (connectors get their own signed channel).
    apiKeyScope: false,
  },
  'requests.manage': {
    description: {
      fr: 'Saisir des demandes d’exercice de droits et les faire avancer',
      en: 'Enter rights requests and move them along',
    },
    roles: ['owner', 'privacy_officer', 'agent'],
    apiKeyScope: false,
  },
  // Approving a plan lets Vigie export, change or erase a person's data in the organisation's own systems: the
  // privacy officer answers for that before the authority (Law 25 s.3.1) and the owner is accountable; agents
  // prepare plans but do not approve their own.
  'requests.approve': {
    description: {
      fr: 'Approuver l’exécution d’une demande dans les systèmes',
      en: 'Approve carrying out a request in the systems',
    },
    roles: ['owner', 'privacy_officer'],
    apiKeyScope: false,
  },
  // Consent statistics are counts, no person in them; they tell whether the banner is fair (refusal as easy as
  // acceptance), which the privacy officer answers for and the auditor checks. The same people read a known person's
  // consent history (proof of consent, asked for by the person or the authority); agents record, they do not browse.
  'consents.read': {
    description: {
      fr: 'Lire les statistiques de consentement et l’historique des consentements d’une personne',
      en: 'Read consent statistics and a person’s consent history',
    },
    roles: ['owner', 'privacy_officer', 'auditor'],
    apiKeyScope: true,
  },
  // Known people's consents (patients, members) are recorded by whoever takes them: front-desk agents on paper or by
  // phone, the privacy officer, the owner, and the organisation's own systems (portal, API) with a scoped key.
  'consents.manage': {
    description: {
      fr: 'Enregistrer les consentements des personnes connues et leurs retraits',
      en: 'Record known people’s consents and their withdrawals',
    },
    roles: ['owner', 'privacy_officer', 'agent'],
    apiKeyScope: true,
  },
  // The incident register describes what happened to people's information and who decided what about the risk: the
  // privacy officer keeps it and answers for the notices (P-39.1 s.3.5-3.8), the owner is accountable, the auditor
  // reads it to check the register is complete; agents and admins have no part in it.
  'incidents.read': {
    description: {
      fr: 'Lire le registre des incidents de confidentialité',
      en: 'Read the confidentiality-incident register',
    },
    roles: ['owner', 'privacy_officer', 'auditor'],
    apiKeyScope: false,
  },
  'incidents.manage': {
    description: {
      fr: 'Déclarer et évaluer les incidents de confidentialité, et consigner les avis',
      en: 'Report and assess confidentiality incidents, and record the notices',
    },
    roles: ['owner', 'privacy_officer'],
    apiKeyScope: false,
  },
  // Retention runs destroy or anonymize rows in the organisation's systems: the privacy officer answers for the
  // retention calendar (P-39.1 s.3.2, GDPR Art. 5(1)(e)) and may run it now, the owner is accountable, the auditor
  // reads the plan and the proof of destruction; agents and admins have no part in it.
  'retention.read': {
    description: {
      fr: 'Lire le calendrier de conservation et les preuves de destruction',
      en: 'Read the retention plan and the proof of destruction',
    },
    roles: ['owner', 'privacy_officer', 'auditor'],
    apiKeyScope: false,
  },
  'retention.manage': {
    description: { fr: 'Lancer l’application des règles de conservation', en: 'Run the retention rules now' },
    roles: ['owner', 'privacy_officer'],
    apiKeyScope: false,
  },
  // Impact assessments (EFVP, DPIA) weigh the risks of a processing to people: the privacy officer carries them
  // out and approves them (P-39.1 s.3.3, s.17; GDPR Art. 35), the owner is accountable, the auditor reads them.
  'assessments.read': {
    description: {
      fr: 'Lire les évaluations des facteurs relatifs à la vie privée',
      en: 'Read the impact assessments',
    },
    roles: ['owner', 'privacy_officer', 'auditor'],
    apiKeyScope: false,
  },
  'assessments.manage': {
    description: {
      fr: 'Rédiger et approuver les évaluations des facteurs relatifs à la vie privée',
      en: 'Write and approve the impact assessments',
    },
    roles: ['owner', 'privacy_officer'],
    apiKeyScope: false,
  },
  // Complaints tell what a person reproaches the organisation: the privacy officer handles them, the owner answers
  // for them and front-desk agents take them by phone or in person; admins and auditors have no part in them.
  'complaints.read': {
    description: { fr: 'Lire le registre des plaintes', en: 'Read the complaints register' },
    roles: ['owner', 'privacy_officer', 'agent'],
    apiKeyScope: false,
  },
  'complaints.manage': {
    description: {
      fr: 'Saisir, instruire, conclure et faire remonter les plaintes',
      en: 'Enter, investigate, conclude and escalate complaints',
    },
    roles: ['owner', 'privacy_officer', 'agent'],
    apiKeyScope: false,
  },
  'metrics.read': {
    description: { fr: 'Lire les métriques Prometheus du serveur', en: 'Read the server’s Prometheus metrics' },
    roles: ['owner', 'admin'],
    apiKeyScope: true,
  },
} as const satisfies Record<string, { description: Localized; roles: readonly Role[]; apiKeyScope: boolean }>;

export type Permission = keyof typeof PERMISSIONS;

const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** The scopes an API key may be given. */
export const API_KEY_SCOPES = PERMISSION_NAMES.filter((name) => PERMISSIONS[name].apiKeyScope);

export function roleHas(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}
