import { createHash } from 'node:crypto';

/** The variables that hold a secret (or, for the signing key, the path to one kept outside the database). */
export const SECRET_VARIABLES = ['VIGIE_MASTER_KEY', 'VIGIE_SESSION_SECRET', 'VIGIE_JOURNAL_SIGNING_KEY_FILE'] as const;
export type SecretVariable = (typeof SECRET_VARIABLES)[number];

/**
 * Development stand-ins, so that `npm start` works on a fresh clone with nothing to configure. They are public
 * (they are in this file), which is exactly why production refuses them. The master key is derived rather than
 * written out so that it still has the shape of a real key (32 bytes, not one repeated byte).
 */
export function developmentSecret(variable: SecretVariable, dataDir: string): string {
  switch (variable) {
    case 'VIGIE_MASTER_KEY':
      return createHash('sha256').update('vigie development master key: public, never for production').digest('base64');
    case 'VIGIE_SESSION_SECRET':
      return 'vigie-development-session-secret-public-never-for-production';
    case 'VIGIE_JOURNAL_SIGNING_KEY_FILE':
      return `${dataDir.replace(/\/+$/, '')}/journal-signing-key.development.pem`;
  }
}

/** Values people leave in example files; refused in production as if they were missing. */
const PLACEHOLDERS = new Set([
  'changeme',
  'change-me',
  'change_me',
  'secret',
  'password',
  'default',
  'example',
  'todo',
]);

/** True when the value is a development stand-in or an obvious placeholder rather than a chosen secret. */
export function isDefaultSecret(variable: SecretVariable, value: string, dataDir: string): boolean {
  const normalised = value.trim().toLowerCase();
  return (
    value.trim() === developmentSecret(variable, dataDir) || PLACEHOLDERS.has(normalised) || /^x+$/.test(normalised)
  );
}
