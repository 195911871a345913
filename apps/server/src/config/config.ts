import { join } from 'node:path';
import type * as z from 'zod';
import type { ConfigIssue, ConfigResult } from './config.issues.js';
import { developmentSecret, isDefaultSecret, SECRET_VARIABLES, type SecretVariable } from './config.secrets.js';
import {
  DEFAULTS,
  type LOG_LEVELS,
  VARIABLES,
  type VariableName,
  type VIGIE_ENVIRONMENTS,
} from './config.variables.js';
import { Secret } from './secret.js';

/** Where the store lives: the embedded SQLite file by default, PostgreSQL when DATABASE_URL says so. */
export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: Secret };

/** The one validated config object. Built once in main.ts and passed down; nothing else reads the environment. */
export interface Config {
  readonly env: (typeof VIGIE_ENVIRONMENTS)[number];
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly masterKey: Secret;
  /** Master keys from before a rotation, still accepted to open key records they wrapped; usually empty. */
  readonly previousMasterKeys: readonly Secret[];
  readonly sessionSecret: Secret;
  readonly journalSigningKeyFile: string;
  readonly journalCheckpointInterval: number;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Consents per minute and address accepted by POST /api/v1/consents (VIGIE_CONSENT_RATE_LIMIT). */
  readonly consentRatePerMinute: number;
  /** Outgoing mail for rights requests; undefined when SMTP_URL is not set (intake is then refused). */
  readonly mail: MailConfig | undefined;
  /** The privacy center's address, for links in emails (defaults to http://HOST:PORT). */
  readonly publicUrl: string;
  /** Days before a rights request's due day at which staff are reminded (overdue ones always are). */
  readonly reminderDays: readonly number[];
  /** Hours after awareness of an incident to notify where the law says "promptly": an internal target. */
  readonly incidentTargetHours: number;
  /** Hours between two retention runs over the SQL datasets; 0 = the server never runs retention. */
  readonly retentionEveryHours: number;
  /** Days to acknowledge a complaint when the declaration sets no deadline of its own. */
  readonly complaintAckDays: number;
  /** Where each annotated dataset lives, by dataset id (URLs carry passwords: Secrets). */
  readonly datasetUrls: Readonly<Record<string, Secret>>;
  /** The signing secret of each webhook dataset, by dataset id (VIGIE_WEBHOOK_SECRETS). */
  readonly webhookSecrets: Readonly<Record<string, Secret>>;
  /** The systems told of consent withdrawals, by name (VIGIE_CONSENT_WEBHOOKS); secrets as Secrets. */
  readonly consentWebhooks: Readonly<Record<string, { readonly url: string; readonly secret: Secret }>>;
  /** Secrets that fell back to their public development stand-in, so start-up can warn about them. */
  readonly developmentSecrets: readonly SecretVariable[];
}

export interface MailConfig {
  /** May carry the SMTP password: a Secret, so printing the config cannot show it. */
  readonly smtpUrl: Secret;
  readonly from: string;
}

/** Raw values by variable name: the environment, overlaid on the optional config file. */
export type ConfigSource = Readonly<Record<string, string | undefined>>;

const SQLITE_FILE = 'vigie.sqlite';

type VariableValue<N extends VariableName> = z.output<(typeof VARIABLES)[N]['schema']>;

/**
 * Validates the raw variables into a Config, or lists every problem at once (so the operator fixes them in one
 * go). In production a secret that is missing, or still a development stand-in or placeholder, is refused and
 * named; elsewhere it falls back to the stand-in.
 */
export function loadConfig(source: ConfigSource): ConfigResult<Config> {
  const issues: ConfigIssue[] = [];
  const raw = (name: VariableName): string | undefined => {
    const value = source[name]?.trim();
    return value === '' ? undefined : value;
  };
  const read = <N extends VariableName>(name: N, fallback: string | undefined): VariableValue<N> | undefined => {
    const text = raw(name) ?? fallback;
    if (text === undefined) return undefined;
    const spec = VARIABLES[name];
    const parsed = spec.schema.safeParse(text);
    if (parsed.success) return parsed.data as VariableValue<N>;
    issues.push({
      code: 'config.invalid_value',
      variable: name,
      message: {
        fr: `valeur invalide : attendu ${spec.expected.fr}.`,
        en: `invalid value: expected ${spec.expected.en}.`,
      },
    });
    return undefined;
  };

  const env = read('VIGIE_ENV', DEFAULTS.VIGIE_ENV) ?? DEFAULTS.VIGIE_ENV;
  const dataDir = read('VIGIE_DATA_DIR', DEFAULTS.VIGIE_DATA_DIR) ?? DEFAULTS.VIGIE_DATA_DIR;
  const secrets = {} as Record<SecretVariable, string>;
  const developmentSecrets: SecretVariable[] = [];
  for (const name of SECRET_VARIABLES) {
    const given = raw(name);
    if (env === 'production' && given === undefined) {
      issues.push(missingSecret(name));
      continue;
    }
    if (env === 'production' && given !== undefined && isDefaultSecret(name, given, dataDir)) {
      issues.push(defaultSecret(name));
      continue;
    }
    if (given === undefined) developmentSecrets.push(name);
    secrets[name] = read(name, developmentSecret(name, dataDir)) ?? '';
  }

  const host = read('HOST', DEFAULTS.HOST);
  const port = read('PORT', DEFAULTS.PORT);
  const databaseUrl = read('DATABASE_URL', undefined);
  const journalCheckpointInterval = read(
    'VIGIE_JOURNAL_CHECKPOINT_INTERVAL',
    DEFAULTS.VIGIE_JOURNAL_CHECKPOINT_INTERVAL,
  );
  const logLevel = read('LOG_LEVEL', DEFAULTS.LOG_LEVEL);
  const consentRatePerMinute = read('VIGIE_CONSENT_RATE_LIMIT', DEFAULTS.VIGIE_CONSENT_RATE_LIMIT);
  const previousMasterKeys = read('VIGIE_PREVIOUS_MASTER_KEYS', undefined) ?? [];
  const smtpUrl = read('SMTP_URL', undefined);
  const mailFrom = read('VIGIE_MAIL_FROM', undefined);
  if (smtpUrl !== undefined && mailFrom === undefined && raw('VIGIE_MAIL_FROM') === undefined) {
    issues.push({
      code: 'config.missing_value',
      variable: 'VIGIE_MAIL_FROM',
      message: {
        fr: 'valeur manquante : SMTP_URL est défini, il faut aussi l’adresse d’expédition.',
        en: 'missing value: SMTP_URL is set, so the sender address is needed too.',
      },
    });
  }
  const publicUrl = read('VIGIE_PUBLIC_URL', undefined);
  const datasetUrls = read('VIGIE_DATASET_URLS', undefined) ?? {};
  const webhookSecrets = read('VIGIE_WEBHOOK_SECRETS', undefined) ?? {};
  const consentWebhooks = read('VIGIE_CONSENT_WEBHOOKS', undefined) ?? {};
  const incidentTargetHours = read('VIGIE_INCIDENT_TARGET_HOURS', DEFAULTS.VIGIE_INCIDENT_TARGET_HOURS);
  const complaintAckDays = read('VIGIE_COMPLAINT_ACK_DAYS', DEFAULTS.VIGIE_COMPLAINT_ACK_DAYS);
  const reminderDays = read('VIGIE_REMINDER_DAYS', DEFAULTS.VIGIE_REMINDER_DAYS);
  const retentionEveryHours = read('VIGIE_RETENTION_EVERY_HOURS', DEFAULTS.VIGIE_RETENTION_EVERY_HOURS);
  if (issues.length > 0 || host === undefined || port === undefined) return { ok: false, issues };
  if (journalCheckpointInterval === undefined || logLevel === undefined) return { ok: false, issues };
  if (reminderDays === undefined) return { ok: false, issues };
  if (consentRatePerMinute === undefined) return { ok: false, issues };
  if (incidentTargetHours === undefined) return { ok: false, issues };
  if (retentionEveryHours === undefined) return { ok: false, issues };
  if (complaintAckDays === undefined) return { ok: false, issues };

  return {
    ok: true,
    value: {
      env,
      host,
      port,
      dataDir,
      database: databaseConfig(databaseUrl, dataDir),
      masterKey: new Secret(secrets.VIGIE_MASTER_KEY),
      previousMasterKeys: previousMasterKeys.map((key) => new Secret(key)),
      sessionSecret: new Secret(secrets.VIGIE_SESSION_SECRET),
      journalSigningKeyFile: secrets.VIGIE_JOURNAL_SIGNING_KEY_FILE,
      journalCheckpointInterval,
      logLevel,
      consentRatePerMinute,
      mail:
        smtpUrl === undefined || mailFrom === undefined ? undefined : { smtpUrl: new Secret(smtpUrl), from: mailFrom },
      publicUrl: (publicUrl ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/+$/, ''),
      reminderDays,
      incidentTargetHours,
      retentionEveryHours,
      complaintAckDays,
      datasetUrls: Object.fromEntries(Object.entries(datasetUrls).map(([id, url]) => [id, new Secret(url)])),
      webhookSecrets: Object.fromEntries(Object.entries(webhookSecrets).map(([id, key]) => [id, new Secret(key)])),
      consentWebhooks: Object.fromEntries(
        Object.entries(consentWebhooks).map(([name, target]) => [
          name,
          { url: target.url, secret: new Secret(target.secret) },
        ]),
      ),
      developmentSecrets,
    },
  };
}

function databaseConfig(url: string | undefined, dataDir: string): DatabaseConfig {
  if (url === undefined) return { kind: 'sqlite', path: join(dataDir, SQLITE_FILE) };
  if (url.startsWith('sqlite:')) return { kind: 'sqlite', path: url.slice('sqlite:'.length) };
  // The URL carries the database password: kept as a Secret so that logging the config cannot show it.
  return { kind: 'postgres', url: new Secret(url) };
}

function missingSecret(variable: SecretVariable): ConfigIssue {
  return {
    code: 'config.missing_secret',
    variable,
    message: {
      fr: 'secret manquant : la production refuse de démarrer sans lui (VIGIE_ENV=development utilise des valeurs de développement).',
      en: 'missing secret: production refuses to start without it (VIGIE_ENV=development uses development values).',
    },
  };
}

function defaultSecret(variable: SecretVariable): ConfigIssue {
  return {
    code: 'config.default_secret',
    variable,
    message: {
      fr: 'valeur par défaut ou d’exemple : la production exige un secret choisi pour cette installation.',
      en: 'default or example value: production requires a secret chosen for this installation.',
    },
  };
}
