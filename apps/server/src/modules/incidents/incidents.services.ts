import { type IncidentRules, loadIncidentRules, type Organisation, requestRegimesOf } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { Database } from '../../db/schema.js';
import type { RequestMailer } from '../requests/request-mailer.js';
import { createClockWarnings } from './clock-warnings.js';
import { createIncidentDesk, type IncidentDesk } from './incident-desk.js';
import { createIncidentsStore } from './incidents.store.js';

interface IncidentsServicesOptions {
  readonly db: Kysely<Database>;
  readonly cipher: FieldCipher;
  readonly organisation: Organisation;
  readonly internalTargetHours: number;
  readonly mailer: RequestMailer | undefined;
  readonly recipients: () => Promise<readonly string[]>;
  readonly publicUrl: string;
  readonly now: () => Date;
  /** The shipped rules unless a test gives others. */
  readonly rules?: IncidentRules;
}

export interface IncidentsServices {
  readonly desk: IncidentDesk;
  /** The warning job's work: mails sent for clocks due soon or overdue, once each. */
  readonly warnClocks: () => Promise<number>;
}

/** The incident register over one store. The regimes come from the declaration, as for rights requests. */
export function createIncidentsServices(options: IncidentsServicesOptions): IncidentsServices {
  const store = createIncidentsStore(options.db);
  const desk = createIncidentDesk({
    store,
    cipher: options.cipher,
    rules: options.rules ?? loadIncidentRules(),
    regimes: requestRegimesOf(options.organisation),
    organisation: options.organisation,
    internalTargetHours: options.internalTargetHours,
    now: options.now,
  });
  return {
    desk,
    warnClocks: createClockWarnings({
      desk,
      store,
      mailer: options.mailer,
      recipients: options.recipients,
      publicUrl: options.publicUrl,
      now: options.now,
    }),
  };
}
