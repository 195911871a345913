import type { Migration, MigrationProvider } from 'kysely';
import { accounts } from './0001-accounts.js';
import { journal } from './0002-journal.js';
import { jobs } from './0003-jobs.js';
import { keys } from './0004-keys.js';
import { requests } from './0005-requests.js';
import { fulfilment } from './0006-fulfilment.js';

/**
 * Every migration, in order, listed by hand: the bundle and the tests see the same set, with no folder scan at
 * run time. Names sort in the order they apply; a migration, once released, is never edited, only followed.
 */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-accounts': accounts,
  '0002-journal': journal,
  '0003-jobs': jobs,
  '0004-keys': keys,
  '0005-requests': requests,
  '0006-fulfilment': fulfilment,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return { ...MIGRATIONS };
  },
};
