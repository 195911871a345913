import type { Localized } from '@vigie/core';

/** Why a backup or a restore did not happen. Each says what to do, in both languages, and names no secret. */
type OpsErrorCode =
  | 'backup.destination_exists'
  | 'backup.source_missing'
  | 'backup.tool_missing'
  | 'backup.tool_failed'
  | 'restore.manifest_missing'
  | 'restore.manifest_invalid'
  | 'restore.checksum_mismatch'
  | 'restore.dialect_mismatch'
  | 'restore.target_not_empty';

/** Paths, tool names, dialects and exit codes: what an operator needs to act, never data or secrets. */
interface OpsErrorDetail {
  readonly path?: string;
  readonly tool?: string;
  readonly exitCode?: number | string;
  readonly expected?: string;
  readonly found?: string;
}

const TEXT: Record<OpsErrorCode, (detail: OpsErrorDetail) => Localized> = {
  'backup.destination_exists': ({ path }) => ({
    fr: `${path} existe déjà : Vigie n’écrase pas une sauvegarde, choisissez un autre nom.`,
    en: `${path} already exists: Vigie does not overwrite a backup, choose another name.`,
  }),
  'backup.source_missing': ({ path }) => ({
    fr: `La base SQLite ${path} n’existe pas : rien à sauvegarder (vérifiez VIGIE_DATA_DIR ou DATABASE_URL).`,
    en: `The SQLite database ${path} does not exist: nothing to back up (check VIGIE_DATA_DIR or DATABASE_URL).`,
  }),
  'backup.tool_missing': ({ tool }) => ({
    fr: `${tool} est introuvable dans le PATH : installez les outils clients de PostgreSQL (paquet postgresql-client, de la version du serveur ou plus récente).`,
    en: `${tool} was not found on the PATH: install the PostgreSQL client tools (package postgresql-client, the server’s version or newer).`,
  }),
  'backup.tool_failed': ({ tool, exitCode }) => ({
    fr: `${tool} a échoué (code de sortie ${exitCode}) ; rien n’a été écrit à la place prévue. Lancez-le à la main pour voir son message.`,
    en: `${tool} failed (exit code ${exitCode}); nothing was written in place. Run it by hand to see its message.`,
  }),
  'restore.manifest_missing': ({ path }) => ({
    fr: `Le manifeste ${path} est introuvable : sans lui, l’intégrité de la sauvegarde ne peut pas être vérifiée.`,
    en: `The manifest ${path} is missing: without it the backup’s integrity cannot be checked.`,
  }),
  'restore.manifest_invalid': ({ path }) => ({
    fr: `Le manifeste ${path} n’est pas un manifeste de sauvegarde Vigie lisible.`,
    en: `The manifest ${path} is not a readable Vigie backup manifest.`,
  }),
  'restore.checksum_mismatch': ({ path }) => ({
    fr: `L’empreinte SHA-256 de ${path} ne correspond pas à son manifeste : le fichier a été modifié ou abîmé. Restauration refusée.`,
    en: `The SHA-256 of ${path} does not match its manifest: the file was changed or damaged. Restore refused.`,
  }),
  'restore.dialect_mismatch': ({ expected, found }) => ({
    fr: `Cette sauvegarde vient d’une base ${found} ; la configuration désigne une base ${expected}.`,
    en: `This backup comes from a ${found} database; the config names a ${expected} database.`,
  }),
  'restore.target_not_empty': () => ({
    fr: 'La base cible contient déjà des données : ajoutez --force pour les remplacer par la sauvegarde.',
    en: 'The target database already holds data: add --force to replace it with the backup.',
  }),
};

export class OpsError extends Error {
  override readonly name = 'OpsError';
  readonly text: Localized;

  constructor(
    readonly code: OpsErrorCode,
    readonly detail: OpsErrorDetail = {},
  ) {
    const text = TEXT[code](detail);
    super(`${code}: ${text.en}`);
    this.text = text;
  }
}
