import { fileURLToPath } from 'node:url';
import { type LoadedDeclaration, loadAssessmentTriggerRules } from '@vigie/core';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from './app/app.js';
import type { LogStream } from './app/logger.js';
import { isLoopbackHost } from './app/security-headers.js';
import type { Config } from './config/config.js';
import { createJobQueue } from './db/job-queue.js';
import { type Installation, openInstallation } from './installation/installation.js';
import { createJobRunner } from './jobs/job-runner.js';
import { createAssessmentRegister } from './modules/assessments/assessment-register.js';
import { assessmentsRoutes } from './modules/assessments/assessments.routes.js';
import { createAssessmentsStore } from './modules/assessments/assessments.store.js';
import { apiKeysRoutes } from './modules/auth/api-keys.routes.js';
import { type AuthServices, createAuthServices } from './modules/auth/auth.services.js';
import { sessionRoutes } from './modules/auth/session.routes.js';
import { usersRoutes } from './modules/auth/users.routes.js';
import { complaintsRoutes } from './modules/complaints/complaints.routes.js';
import { createComplaintsServices } from './modules/complaints/complaints.services.js';
import { consentRoutes, originOf } from './modules/consent/consent.routes.js';
import { createConsentServices } from './modules/consent/consent.services.js';
import { knownConsentRoutes } from './modules/consent/known/known-consent.routes.js';
import { createKnownConsentServices } from './modules/consent/known/known-consent.services.js';
import { WITHDRAWAL_DELIVERY_JOB, withdrawalTargets } from './modules/consent/known/withdrawal-delivery.js';
import { createDatasetConnections } from './modules/fulfilment/dataset-connections.js';
import { TASK_DEADLINE_JOB, WEBHOOK_DELIVERY_JOB } from './modules/fulfilment/external-tasks.js';
import { externalTasksRoutes } from './modules/fulfilment/external-tasks.routes.js';
import { fulfilmentRoutes } from './modules/fulfilment/fulfilment.routes.js';
import { createFulfilmentServices, EXECUTE_JOB } from './modules/fulfilment/fulfilment.services.js';
import { createWebhookTargets, webhooksWithoutSecret } from './modules/fulfilment/webhook-targets.js';
import { CLOCK_WARNINGS_EVERY_MS, CLOCK_WARNINGS_JOB } from './modules/incidents/clock-warnings.js';
import { incidentsRoutes } from './modules/incidents/incidents.routes.js';
import { createIncidentsServices } from './modules/incidents/incidents.services.js';
import { createRequestJournal } from './modules/journal/journal.recorder.js';
import { journalRoutes } from './modules/journal/journal.routes.js';
import { privacyCenterRoutes } from './modules/privacy-center/privacy-center.routes.js';
import { attachmentsRoutes } from './modules/requests/attachments.routes.js';
import { deskRoutes } from './modules/requests/desk.routes.js';
import { intakeRoutes } from './modules/requests/intake.routes.js';
import { createRequestMailer } from './modules/requests/request-mailer.js';
import { createRequestReminders, REMINDER_JOB } from './modules/requests/request-reminders.js';
import { requestsRoutes } from './modules/requests/requests.routes.js';
import { createRequestsServices } from './modules/requests/requests.services.js';
import { retentionRoutes } from './modules/retention/retention.routes.js';
import { createRetentionServices, RETENTION_JOB } from './modules/retention/retention.services.js';

/** apps/web/dist, beside this package in the repository and in an installed tree alike. */
const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));
const DEFAULT_SDK_ROOT = fileURLToPath(new URL('../../../packages/consent/dist', import.meta.url));
const VERSION = '0.1.0';
// A data-key rotation run by `vigie keys rotate --data-key` in another process re-encrypts fields under a new key;
// every server picks the new key up within this delay (the old key stays readable meanwhile).
const KEYRING_REFRESH_MS = 60_000;
// Expired sessions are refused anyway; purging them hourly keeps the table, and what a copy of it reveals, small.
const SESSION_PURGE_MS = 60 * 60_000;
// Reminders are about days: looking hourly sends each within the hour its threshold is reached.
const REMINDER_CHECK_MS = 60 * 60_000;

export interface ServerOptions {
  readonly config: Config;
  readonly declaration: LoadedDeclaration;
  readonly webRoot?: string;
  /** Where the consent SDK's built files are (packages/consent/dist by default). */
  readonly sdkRoot?: string;
  readonly logStream?: LogStream;
  /** The clock of the services and the job runner (tests move it past deadlines); the system clock by default. */
  readonly now?: () => Date;
}

/** A built server: the Fastify app over an opened installation, not yet listening. */
export interface VigieServer {
  readonly app: FastifyInstance;
  readonly installation: Installation;
  readonly auth: AuthServices;
  /** Starts the background jobs and anchors the consent ledger's tail (startServer does; HTTP API tests leave them off). */
  startJobs(): void;
  /** Runs the due jobs now, in this call (tests; the started runner does this on its own). */
  runJobsOnce(): Promise<number>;
  /** Stops taking requests, lets those in flight and the job in hand finish, signs a last checkpoint, closes the store. */
  close(): Promise<void>;
}

/**
 * The composition root: opens the installation the config names, builds the auth services and every module's
 * routes over it, and the app. Nothing else in the server creates singletons.
 */
export async function createServer(options: ServerOptions): Promise<VigieServer> {
  const { config, declaration } = options;
  // A webhook dataset without its secret could neither sign its requests nor check the results it posts back.
  const unsigned = webhooksWithoutSecret(declaration.declaration.datasets, config.webhookSecrets);
  if (config.env === 'production' && unsigned.length > 0)
    throw new Error(`VIGIE_WEBHOOK_SECRETS has no secret for the webhook dataset(s): ${unsigned.join(', ')}`);
  const installation = await openInstallation(config);
  const { db } = installation.database;
  const loopback = isLoopbackHost(config.host);
  const organisation = declaration.declaration.organisation;
  const auth = createAuthServices({
    db,
    cipher: installation.cipher,
    keyring: installation.keyring,
    sessionSecret: config.sessionSecret,
    totpIssuer: `Vigie (${organisation.displayName ?? organisation.legalName})`,
  });
  const journal = createRequestJournal(installation.journal.appender);
  const now = options.now ?? (() => new Date());
  const mailer = config.mail === undefined ? undefined : createRequestMailer(config.mail);
  const requests = createRequestsServices({
    db,
    cipher: installation.cipher,
    keyring: installation.keyring,
    organisation,
    mailer,
    publicUrl: config.publicUrl,
    now,
    // The error's type, code and stack only (logger.ts): an SMTP message can quote the address.
    onMailError: (error) => app.log.error({ err: error }, 'request mail not sent'),
  });
  const queue = createJobQueue(installation.database);
  const connections = createDatasetConnections({ urls: config.datasetUrls, indexKey: installation.keyring.indexKey });
  const fulfilment = createFulfilmentServices({
    db,
    cipher: installation.cipher,
    declaration: declaration.declaration,
    connections,
    webhooks: createWebhookTargets({
      urls: config.datasetUrls,
      secrets: config.webhookSecrets,
      production: config.env === 'production',
    }),
    queue,
    journal: installation.journal.appender,
    mailer,
    publicUrl: config.publicUrl,
    now,
  });
  const consents = createConsentServices({
    installation,
    declaration: declaration.declaration,
    publicUrl: config.publicUrl,
    now,
    // The error's type, code and stack only (logger.ts); the records stay committed, the next anchor covers them.
    onAnchorError: (error) => app.log.error({ err: error }, 'consent ledger head not anchored in the journal'),
  });
  const knownConsents = createKnownConsentServices({
    installation,
    declaration: declaration.declaration,
    targets: withdrawalTargets(config.consentWebhooks, config.env === 'production'),
    now,
    // The error's type, code and stack only (logger.ts); the next record's anchor covers this one.
    onAnchorError: (error) => app.log.error({ err: error }, 'known-consent chain head not anchored in the journal'),
  });
  const incidents = createIncidentsServices({
    db,
    cipher: installation.cipher,
    organisation,
    internalTargetHours: config.incidentTargetHours,
    mailer,
    // Warnings go to the enabled privacy officers, read when the job runs.
    recipients: async () =>
      (await auth.users.listUsers()).filter((u) => u.role === 'privacy_officer' && !u.disabled).map((u) => u.email),
    publicUrl: config.publicUrl,
    now,
  });
  const retention = createRetentionServices({
    db,
    declaration: declaration.declaration,
    connections,
    queue,
    journal: installation.journal.appender,
    now,
  });
  const complaints = createComplaintsServices({
    db,
    cipher: installation.cipher,
    organisation,
    rights: declaration.declaration.rights,
    defaultAckDays: config.complaintAckDays,
    mailer,
    now,
  });
  const assessments = createAssessmentRegister({
    store: createAssessmentsStore(db),
    cipher: installation.cipher,
    declaration,
    rules: loadAssessmentTriggerRules(),
    now,
  });
  const routes = [
    ...sessionRoutes({ auth, journal, secureCookies: !loopback }),
    ...usersRoutes({ auth, journal }),
    ...apiKeysRoutes({ auth, journal, now }),
    ...journalRoutes({ installation, journal, now }),
    ...privacyCenterRoutes(declaration),
    ...intakeRoutes({ services: requests, journal }),
    ...requestsRoutes({ services: requests, journal }),
    ...attachmentsRoutes({ services: requests, journal }),
    ...deskRoutes({ services: requests, journal }),
    ...fulfilmentRoutes({ services: fulfilment, journal }),
    ...externalTasksRoutes({ tasks: fulfilment.tasks, journal }),
    ...incidentsRoutes({ services: incidents, journal }),
    ...complaintsRoutes({ desk: complaints, journal }),
    ...retentionRoutes({ services: retention, journal }),
    ...assessmentsRoutes({ register: assessments, journal }),
    ...consentRoutes({
      services: consents,
      journal,
      now,
      ratePerMinute: config.consentRatePerMinute,
      allowedOrigins: originOf(organisation.website),
    }),
    ...knownConsentRoutes({ services: knownConsents, journal }),
  ];
  const app = await buildApp({
    routes,
    resolver: auth.resolver,
    webRoot: options.webRoot ?? DEFAULT_WEB_ROOT,
    sdkRoot: options.sdkRoot ?? DEFAULT_SDK_ROOT,
    sdkRatePerMinute: config.consentRatePerMinute,
    version: VERSION,
    hsts: !loopback,
    logLevel: config.logLevel,
    ...(options.logStream === undefined ? {} : { logStream: options.logStream }),
    databaseReachable: async () => {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
  });
  if (mailer === undefined) {
    app.log.warn('SMTP_URL is not set: rights requests from the privacy center are refused until mail is configured');
  }
  const reminders = createRequestReminders({
    db,
    cipher: installation.cipher,
    mailer,
    publicUrl: config.publicUrl,
    languages: organisation.languages,
    days: config.reminderDays,
    now,
  });
  const jobs = createJobRunner({
    queue,
    now,
    handlers: {
      [EXECUTE_JOB]: fulfilment.job,
      [WEBHOOK_DELIVERY_JOB]: fulfilment.tasks.delivery,
      [TASK_DEADLINE_JOB]: fulfilment.tasks.deadline,
      [WITHDRAWAL_DELIVERY_JOB]: knownConsents.delivery,
      [RETENTION_JOB]: retention.job,
      [REMINDER_JOB]: {
        version: 1,
        run: async () => {
          await reminders.run();
        },
      },
      [CLOCK_WARNINGS_JOB]: {
        version: 1,
        run: async () => {
          await incidents.warnClocks();
        },
      },
      'sessions.purge_expired': {
        version: 1,
        run: async () => {
          await auth.sessions.deleteExpiredSessions();
        },
      },
    },
    recurring: [
      { name: 'sessions.purge_expired', everyMs: SESSION_PURGE_MS },
      { name: REMINDER_JOB, everyMs: REMINDER_CHECK_MS },
      { name: CLOCK_WARNINGS_JOB, everyMs: CLOCK_WARNINGS_EVERY_MS },
      // 0 hours: the organisation runs `vigie retention run` itself, the server never sweeps.
      ...(config.retentionEveryHours > 0
        ? [{ name: RETENTION_JOB, everyMs: config.retentionEveryHours * 60 * 60_000 }]
        : []),
    ],
    onError: (error, job) => app.log.error({ err: error, job: job.name }, 'job failed'),
  });
  const refresh = setInterval(() => {
    installation.refreshKeyring().catch((error: unknown) => app.log.error({ err: error }, 'keyring refresh failed'));
  }, KEYRING_REFRESH_MS);
  refresh.unref();
  let closing: Promise<void> | undefined;
  return {
    app,
    installation,
    auth,
    startJobs: () => {
      jobs.start();
      // Consents a killed process committed without anchoring them in the journal are anchored now.
      consents
        .anchorTail()
        .catch((error: unknown) => app.log.error({ err: error }, 'consent ledger tail not anchored'));
    },
    runJobsOnce: () => jobs.drain(),
    close() {
      closing ??= (async () => {
        clearInterval(refresh);
        await app.close();
        await jobs.stop();
        mailer?.close();
        // The last consents committed, and their head anchored in the journal before the closing checkpoint.
        await consents.flush().catch(() => undefined);
        // A checkpoint at the head, so the last entries are covered by a signature when the server is down.
        await installation.journal.appender.checkpoint().catch(() => undefined);
        await installation.close();
      })();
      return closing;
    },
  };
}

/** Builds the server and listens on the configured host and port; resolves with the address once listening. */
export async function startServer(options: ServerOptions): Promise<VigieServer & { readonly url: string }> {
  const server = await createServer(options);
  try {
    const url = await server.app.listen({ host: options.config.host, port: options.config.port });
    server.startJobs();
    return { ...server, url };
  } catch (error) {
    await server.close();
    throw error;
  }
}
