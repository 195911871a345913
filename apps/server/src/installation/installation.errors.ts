import type { Localized } from '@vigie/core';

/** What can stop an installation from opening; the CLI and the server's start-up turn these into sentences. */
type InstallationErrorCode =
  /** Production never creates the journal signing key on its own: a new key would orphan every checkpoint. */
  | 'installation.signing_key_missing'
  | 'installation.store_unavailable'
  | 'installation.migration_failed'
  /** The stored key records name a master key that is neither VIGIE_MASTER_KEY nor a previous one. */
  | 'installation.master_key_unknown';

/** Where the problem is: a file path or a migration name, never a secret. */
interface InstallationErrorDetail {
  readonly path?: string;
  readonly migration?: string;
}

const TEXT: Record<InstallationErrorCode, (detail: InstallationErrorDetail) => Localized> = {
  'installation.signing_key_missing': ({ path }) => ({
    fr: `La clé de signature du journal est introuvable (${path}). En production, Vigie ne la crée pas : restaurez-la, ou créez-la une fois pour une nouvelle installation (VIGIE_ENV=development la crée).`,
    en: `The journal signing key is missing (${path}). In production Vigie does not create it: restore it, or create it once for a new installation (VIGIE_ENV=development creates it).`,
  }),
  'installation.store_unavailable': () => ({
    fr: 'La base de données est injoignable : vérifiez DATABASE_URL et que le serveur de base de données fonctionne.',
    en: 'The database cannot be reached: check DATABASE_URL and that the database server is running.',
  }),
  'installation.migration_failed': ({ migration }) => ({
    fr: `La mise à jour du schéma de la base a échoué${migration === undefined ? '' : ` (migration ${migration})`} ; rien n’a été servi.`,
    en: `Updating the database schema failed${migration === undefined ? '' : ` (migration ${migration})`}; nothing was served.`,
  }),
  'installation.master_key_unknown': () => ({
    fr: 'Les clés enregistrées sont protégées par une autre clé maîtresse que VIGIE_MASTER_KEY (ou VIGIE_PREVIOUS_MASTER_KEYS) : indiquez la clé maîtresse de cette installation.',
    en: 'The stored keys are wrapped by a master key other than VIGIE_MASTER_KEY (or VIGIE_PREVIOUS_MASTER_KEYS): configure this installation’s master key.',
  }),
};

export class InstallationError extends Error {
  override readonly name = 'InstallationError';
  readonly text: Localized;

  constructor(
    readonly code: InstallationErrorCode,
    readonly detail: InstallationErrorDetail = {},
    options?: { cause?: unknown },
  ) {
    const text = TEXT[code](detail);
    super(`${code}: ${text.en}`, options);
    this.text = text;
  }
}
