import * as z from 'zod';

/** AES-256 needs a 256-bit master key; the crypto module reads it as standard base64. */
const MASTER_KEY_BYTES = 32;
/** HMAC keys shorter than the hash output weaken session signatures; 32 characters is the floor. */
const SESSION_SECRET_MIN_LENGTH = 32;
const MAX_PORT = 65_535;
/**
 * Entries between two signed journal checkpoints: a forged tail can only hide this many entries, and signing
 * costs one Ed25519 signature per interval.
 */
const DEFAULT_CHECKPOINT_INTERVAL = 1000;
/**
 * Consents (and banner config reads) per minute from one address. Limits are per address, and a site's visitors
 * share addresses (a hospital's NAT, a mobile carrier's CGNAT): a few thousand people behind one address each making
 * a choice or two in a busy minute stay under it, while one machine flooding the ledger is still stopped.
 */
const DEFAULT_CONSENT_RATE_LIMIT = 6000;

/** A reminder further ahead than a year would precede every legal time limit we know. */
const MAX_REMINDER_DAYS = 365;

export const VIGIE_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

interface Variable<T> {
  readonly schema: z.ZodType<T>;
  /** What a valid value looks like, for the message when it is not. */
  readonly expected: { readonly fr: string; readonly en: string };
}

function variable<T>(schema: z.ZodType<T>, fr: string, en: string): Variable<T> {
  return { schema, expected: { fr, en } };
}

function isMasterKey(text: string): boolean {
  const bytes = Buffer.from(text, 'base64');
  // Buffer.from skips characters that are not base64; the round trip refuses them instead.
  return bytes.length === MASTER_KEY_BYTES && bytes.toString('base64') === text && !bytes.every((b) => b === bytes[0]);
}

/** Every variable the server reads, with its rule. Absent values are handled by the caller (defaults, secrets). */
export const VARIABLES = {
  VIGIE_ENV: variable(z.enum(VIGIE_ENVIRONMENTS), 'development, test ou production', 'development, test or production'),
  HOST: variable(z.string().min(1), 'une adresse ou un nom d’hôte', 'an address or host name'),
  PORT: variable(
    z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().max(MAX_PORT)),
    `un entier de 0 à ${MAX_PORT}`,
    `an integer from 0 to ${MAX_PORT}`,
  ),
  VIGIE_DATA_DIR: variable(z.string().min(1), 'un chemin de dossier', 'a folder path'),
  DATABASE_URL: variable(
    z.string().regex(/^(postgres|postgresql):\/\/.+|^sqlite:.+/),
    'une URL postgres://… ou sqlite:CHEMIN',
    'a postgres://… URL or sqlite:PATH',
  ),
  VIGIE_MASTER_KEY: variable(
    z.string().refine(isMasterKey),
    `${MASTER_KEY_BYTES} octets aléatoires en base64 (par exemple : openssl rand -base64 ${MASTER_KEY_BYTES})`,
    `${MASTER_KEY_BYTES} random bytes in base64 (for example: openssl rand -base64 ${MASTER_KEY_BYTES})`,
  ),
  // The master keys that key records may still be wrapped by during a rotation, until `vigie keys rotate` has
  // re-wrapped them all under VIGIE_MASTER_KEY; then they can be removed.
  VIGIE_PREVIOUS_MASTER_KEYS: variable(
    z
      .string()
      .transform((text) =>
        text
          .split(',')
          .map((key) => key.trim())
          .filter((key) => key !== ''),
      )
      .pipe(z.array(z.string().refine(isMasterKey))),
    `une liste, séparée par des virgules, de clés maîtresses précédentes (${MASTER_KEY_BYTES} octets en base64 chacune)`,
    `a comma-separated list of previous master keys (${MASTER_KEY_BYTES} bytes in base64 each)`,
  ),
  VIGIE_SESSION_SECRET: variable(
    z.string().min(SESSION_SECRET_MIN_LENGTH),
    `au moins ${SESSION_SECRET_MIN_LENGTH} caractères aléatoires`,
    `at least ${SESSION_SECRET_MIN_LENGTH} random characters`,
  ),
  VIGIE_JOURNAL_SIGNING_KEY_FILE: variable(
    z.string().min(1),
    'le chemin d’un fichier PEM hors de la base de données',
    'the path of a PEM file outside the database',
  ),
  VIGIE_JOURNAL_CHECKPOINT_INTERVAL: variable(
    z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1)),
    'un entier positif',
    'a positive integer',
  ),
  LOG_LEVEL: variable(z.enum(LOG_LEVELS), LOG_LEVELS.join(', '), LOG_LEVELS.join(', ')),
  VIGIE_CONSENT_RATE_LIMIT: variable(
    z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1)),
    'un entier positif (consentements par minute et par adresse)',
    'a positive integer (consents per minute and address)',
  ),
  // Where rights-request mail (verification codes, acknowledgements) is sent from. Without it the server refuses
  // intake rather than accept requests whose identity nobody could ever verify.
  SMTP_URL: variable(
    z.string().regex(/^smtps?:\/\/[^/\s]+/),
    'une URL smtp://hôte:port ou smtps://utilisateur:mot-de-passe@hôte:port',
    'an smtp://host:port or smtps://user:password@host:port URL',
  ),
  VIGIE_MAIL_FROM: variable(z.email(), 'une adresse de courriel', 'an email address'),
  // The address people reach the privacy center at: the verification link in the email points there.
  VIGIE_PUBLIC_URL: variable(
    z.url({ protocol: /^https?$/ }),
    'une URL http(s):// sans chemin de requête',
    'an http(s):// URL',
  ),
  // Where the law only says "promptly" (Quebec) or "as soon as feasible" (PIPEDA), the organisation's own target for
  // notifying after awareness of an incident, in hours: shown as an internal target, never as law.
  VIGIE_INCIDENT_TARGET_HOURS: variable(
    z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(8760)),
    'un nombre d’heures entier (1 à 8760)',
    'a whole number of hours (1 to 8760)',
  ),
  // Days to acknowledge a complaint when the declaration sets no rights.complaints.acknowledgementDeadline: the
  // organisation's own commitment, not law.
  VIGIE_COMPLAINT_ACK_DAYS: variable(
    z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(365)),
    'un nombre de jours entier (1 à 365)',
    'a whole number of days (1 to 365)',
  ),
  // How often the server applies the declaration's retention rules to its SQL datasets, in hours; 0 turns it off
  // (the organisation then runs `vigie retention run` itself).
  VIGIE_RETENTION_EVERY_HOURS: variable(
    z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(0).max(8760)),
    'un nombre d’heures entier (0 à 8760 ; 0 = jamais)',
    'a whole number of hours (0 to 8760; 0 = never)',
  ),
  // Where each annotated dataset of the declaration lives, as JSON {"dataset-id": "postgres://…" | "mysql://…" |
  // "sqlite:PATH" | "https://…" (a webhook system)}. The URLs carry passwords: they become Secrets, never logged.
  VIGIE_DATASET_URLS: variable(
    z
      .string()
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'not JSON' });
          return z.NEVER;
        }
      })
      .pipe(
        z.record(
          z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
          z.string().regex(/^(postgres|postgresql|mysql|mariadb|https?):\/\/.+|^sqlite:.+/),
        ),
      ),
    'un objet JSON {"id-du-jeu": "postgres://…", …} (postgres://, mysql://, sqlite:CHEMIN ou https:// pour un webhook)',
    'a JSON object {"dataset-id": "postgres://…", …} (postgres://, mysql://, sqlite:PATH or https:// for a webhook)',
  ),
  // The secret each webhook dataset signs with (HMAC-SHA256 of Vigie's requests and of the system's results), as JSON
  // {"dataset-id": "secret"}: Secrets, never logged; production refuses a webhook dataset without one.
  VIGIE_WEBHOOK_SECRETS: variable(
    z
      .string()
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'not JSON' });
          return z.NEVER;
        }
      })
      .pipe(z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/), z.string().min(32).max(512))),
    'un objet JSON {"id-du-jeu": "secret d’au moins 32 caractères", …}',
    'a JSON object {"dataset-id": "secret of at least 32 characters", …}',
  ),
  // The organisation's systems told of every withdrawal of a known person's consent, as JSON {"name": {"url", "secret"}}:
  // each POST is signed like the fulfilment webhooks (HMAC-SHA256); the secrets are Secrets, never logged.
  VIGIE_CONSENT_WEBHOOKS: variable(
    z
      .string()
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'not JSON' });
          return z.NEVER;
        }
      })
      .pipe(
        z.record(
          z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
          z.strictObject({ url: z.string().regex(/^https?:\/\/.+/), secret: z.string().min(32).max(512) }),
        ),
      ),
    'un objet JSON {"nom": {"url": "https://…", "secret": "secret d’au moins 32 caractères"}, …}',
    'a JSON object {"name": {"url": "https://…", "secret": "secret of at least 32 characters"}, …}',
  ),
  // Days before a rights request's due day at which staff are reminded by email (overdue requests always are).
  // An operational choice, not law: the due days themselves come from the deadline rule pack.
  VIGIE_REMINDER_DAYS: variable(
    z
      .string()
      .transform((text) => text.split(',').map((part) => part.trim()))
      .pipe(
        z
          .array(z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(MAX_REMINDER_DAYS)))
          .min(1),
      )
      .refine((days) => new Set(days).size === days.length),
    `des nombres de jours de 1 à ${MAX_REMINDER_DAYS}, séparés par des virgules, sans doublon (par exemple : 7,2)`,
    `numbers of days from 1 to ${MAX_REMINDER_DAYS}, comma-separated, without duplicates (for example: 7,2)`,
  ),
} as const;

export type VariableName = keyof typeof VARIABLES;

export const DEFAULTS = {
  VIGIE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '8080',
  VIGIE_DATA_DIR: './data',
  VIGIE_JOURNAL_CHECKPOINT_INTERVAL: String(DEFAULT_CHECKPOINT_INTERVAL),
  LOG_LEVEL: 'info',
  VIGIE_CONSENT_RATE_LIMIT: String(DEFAULT_CONSENT_RATE_LIMIT),
  VIGIE_REMINDER_DAYS: '7,2',
  VIGIE_INCIDENT_TARGET_HOURS: '72',
  VIGIE_RETENTION_EVERY_HOURS: '24',
  VIGIE_COMPLAINT_ACK_DAYS: '30',
} as const satisfies Partial<Record<VariableName, string>>;
