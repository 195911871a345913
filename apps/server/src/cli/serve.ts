import type { LoadedDeclaration, Localized } from '@vigie/core';
import { startServer } from '../server.js';
import { commandConfig } from './cli-config.js';
import { runCommand } from './cli-errors.js';
import { type CliIo, EXIT } from './cli-io.js';

// Requests in flight get this long to finish after SIGTERM; then the process exits anyway.
const SHUTDOWN_GRACE_MS = 10_000;

export const SERVE_HELP: Localized = {
  en: `Usage: vigie serve [--declaration PATH]

Starts the Vigie server: the staff console at /console, the privacy center at /, the API under /api/v1
(reference at /api/docs). Listens on HOST:PORT (127.0.0.1:8080); stores in ./data (SQLite) unless
DATABASE_URL names a PostgreSQL database. Production (VIGIE_ENV=production, the default) refuses to start
without VIGIE_MASTER_KEY, VIGIE_SESSION_SECRET and VIGIE_JOURNAL_SIGNING_KEY_FILE.
`,
  fr: `Usage : vigie serve [--declaration CHEMIN]

Démarre le serveur Vigie : la console du personnel à /console, le centre de confidentialité à /, l’API sous
/api/v1 (référence à /api/docs). Écoute sur HOST:PORT (127.0.0.1:8080) ; stocke dans ./data (SQLite) sauf si
DATABASE_URL désigne une base PostgreSQL. La production (VIGIE_ENV=production, par défaut) refuse de démarrer
sans VIGIE_MASTER_KEY, VIGIE_SESSION_SECRET et VIGIE_JOURNAL_SIGNING_KEY_FILE.
`,
};

/**
 * Serves until SIGINT or SIGTERM, then shuts down gracefully: no new connections, requests in flight finish,
 * a last journal checkpoint is signed, the store is closed. Resolves with the exit code.
 */
export function serve(declaration: LoadedDeclaration, io: CliIo): Promise<number> {
  return runCommand('serve', io, async () => {
    const config = commandConfig('serve', io);
    if (config === undefined) return EXIT.usage;
    const server = await startServer({ config, declaration });
    const fr = io.lang === 'fr';
    for (const name of config.developmentSecrets) {
      io.err(
        fr
          ? `vigie serve : ${name} absent : valeur de développement publique utilisée (jamais en production).\n`
          : `vigie serve: ${name} not set: using a public development value (never in production).\n`,
      );
    }
    io.out(
      fr
        ? `Vigie écoute sur ${server.url}\n  centre de confidentialité : ${server.url}/\n  console : ${server.url}/console\n  API : ${server.url}/api/docs\n`
        : `Vigie is listening on ${server.url}\n  privacy center: ${server.url}/en\n  console: ${server.url}/console\n  API: ${server.url}/api/docs\n`,
    );
    if ((await server.auth.users.countUsers()) === 0) {
      // The same environment as this server, so the account lands in the same store.
      const prefix = config.env === 'production' ? '' : `VIGIE_ENV=${config.env} `;
      const command = `${prefix}npx vigie users create --role owner --email`;
      io.out(
        fr
          ? `Aucun compte du personnel : créez le propriétaire avec « ${command} vous@exemple.org ».\n`
          : `No staff account yet: create the owner with "${command} you@example.org".\n`,
      );
    }
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    io.out(fr ? 'Arrêt en cours…\n' : 'Shutting down…\n');
    const timer = setTimeout(() => process.exit(EXIT.failed), SHUTDOWN_GRACE_MS);
    timer.unref();
    await server.close();
    return EXIT.ok;
  });
}
