import type { Migration, MigrationProvider } from 'kysely';
import { accounts } from './0001-accounts.js';
import { journal } from './0002-journal.js';
import { jobs } from './0003-jobs.js';
import { keys } from './0004-keys.js';
import { requests } from './0005-requests.js';
import { fulfilment } from './0006-fulfilment.js';
import { requestAttachments } from './0007-request-attachments.js';
import { requestDesk } from './0008-request-desk.js';
import { externalTasks } from './0009-external-tasks.js';
import { consents } from './0010-consents.js';
import { incidents } from './0011-incidents.js';
import { retentionRuns } from './0012-retention-runs.js';
import { assessments } from './0013-assessments.js';
import { knownConsents } from './0014-known-consents.js';
import { complaints } from './0015-complaints.js';

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
  '0007-request-attachments': requestAttachments,
  '0008-request-desk': requestDesk,
  '0009-external-tasks': externalTasks,
  '0010-consents': consents,
  '0011-incidents': incidents,
  '0012-retention-runs': retentionRuns,
  '0013-assessments': assessments,
  '0014-known-consents': knownConsents,
  '0015-complaints': complaints,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return { ...MIGRATIONS };
  },
};
