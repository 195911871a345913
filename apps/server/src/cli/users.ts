import { parseArgs } from 'node:util';
import type { Localized } from '@vigie/core';
import { openInstallation } from '../installation/installation.js';
import { AuthError } from '../modules/auth/auth.errors.js';
import { isRole } from '../modules/auth/user-view.js';
import { createUsersStore } from '../modules/auth/users.store.js';
import { journalOrigin } from '../modules/journal/journal.origin.js';
import { commandConfig } from './cli-config.js';
import { runCommand } from './cli-errors.js';
import { type CliIo, EXIT } from './cli-io.js';

/** The users command also asks for a password: on the terminal without echo, or one line of standard input. */
export interface UsersIo extends CliIo {
  readPassword(prompt: Localized, fromStdin: boolean): Promise<string>;
}

const HELP: Localized = {
  en: `Usage: vigie users create --email EMAIL --role ROLE [--name NAME] [--password-stdin]
       vigie users list

create   a staff account; the first one is the owner: vigie users create --role owner --email you@example.org
         The password is asked on the terminal (or read from standard input with --password-stdin). Owners,
         admins and privacy officers enrol a two-step verification app at their first sign-in.
list     the accounts, their role and whether two-step verification is on
Roles: owner, admin, privacy_officer, agent, auditor
`,
  fr: `Usage : vigie users create --email COURRIEL --role RÔLE [--name NOM] [--password-stdin]
        vigie users list

create   crée un compte du personnel ; le premier est le propriétaire : vigie users create --role owner --email vous@exemple.org
         Le mot de passe est demandé au terminal (ou lu sur l’entrée standard avec --password-stdin). Les
         propriétaires, administrateurs et responsables de la protection inscrivent une application de vérification
         en deux étapes à leur première connexion.
list     les comptes, leur rôle et si la vérification en deux étapes est active
Rôles : owner, admin, privacy_officer, agent, auditor
`,
};

/** `vigie users`: bootstraps the first owner and lists accounts, without the web console. */
export function run(argv: string[], io: UsersIo): Promise<number> {
  return runCommand('users', io, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        lang: { type: 'string' },
      },
    });
    const [subcommand] = positionals;
    if (values.help === true || subcommand === undefined) {
      (subcommand === undefined && values.help !== true ? io.err : io.out)(HELP[io.lang]);
      return values.help === true ? EXIT.ok : EXIT.usage;
    }
    if (subcommand !== 'create' && subcommand !== 'list') {
      io.err(HELP[io.lang]);
      return EXIT.usage;
    }
    const email = values.email;
    const role = values.role;
    if (subcommand === 'create' && (email === undefined || role === undefined || !isRole(role))) {
      io.err(
        io.lang === 'fr'
          ? 'vigie users create : --email et --role (owner, admin, privacy_officer, agent ou auditor) sont requis.\n'
          : 'vigie users create: --email and --role (owner, admin, privacy_officer, agent or auditor) are required.\n',
      );
      return EXIT.usage;
    }
    const config = commandConfig('users', io);
    if (config === undefined) return EXIT.usage;
    const installation = await openInstallation(config);
    try {
      const users = createUsersStore({
        db: installation.database.db,
        cipher: installation.cipher,
        keyring: installation.keyring,
      });
      if (subcommand === 'list') {
        for (const user of await users.listUsers()) {
          const totp = user.totpEnabled ? '2FA' : '-';
          io.out(
            `${user.id}  ${user.role.padEnd(15)} ${totp.padEnd(4)} ${user.disabled ? 'disabled ' : ''}${user.email}\n`,
          );
        }
        return EXIT.ok;
      }
      const password = await io.readPassword(
        { fr: 'Mot de passe (12 caractères ou plus) : ', en: 'Password (12 characters or more): ' },
        values['password-stdin'] === true,
      );
      try {
        const user = await users.createUser({
          email: email ?? '',
          displayName: values.name ?? email ?? '',
          role: role ?? '',
          password,
        });
        await installation.journal.appender.record([
          {
            actor: 'system',
            action: 'users.create',
            subject: `user:${user.id}`,
            purpose: null,
            origin: journalOrigin('cli'),
          },
        ]);
        io.out(
          io.lang === 'fr'
            ? `Compte créé (${user.role}) : ${user.id}. Connectez-vous à la console (/console).\n`
            : `Account created (${user.role}): ${user.id}. Sign in to the console (/console).\n`,
        );
        return EXIT.ok;
      } catch (error) {
        if (!(error instanceof AuthError)) throw error;
        io.err(`vigie users: ${error.text[io.lang]}\n`);
        for (const field of error.detail.fields ?? []) io.err(`  ${field.path}: ${field.message[io.lang]}\n`);
        return EXIT.failed;
      }
    } finally {
      await installation.journal.appender.checkpoint().catch(() => undefined);
      await installation.close();
    }
  });
}
