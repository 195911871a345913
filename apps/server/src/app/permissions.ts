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
