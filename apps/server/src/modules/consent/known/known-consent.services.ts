import { randomUUID } from 'node:crypto';
import { type DeadlinePack, type Declaration, loadDeadlinePack, type RequestRegime } from '@vigie/core';
import { createBlindIndex } from '../../../crypto/blind-index.js';
import { createJobQueue } from '../../../db/job-queue.js';
import type { Installation } from '../../../installation/installation.js';
import { uuidV7 } from '../consent-id.js';
import type { KNOWN_CONSENT_GIVERS, KNOWN_CONSENT_METHODS, KnownConsentRecord } from './known-consent.chain.js';
import { wordingHash } from './known-consent.chain.js';
import { knownConsentProblem } from './known-consent.problems.js';
import { checkConsentConditions, sensitivePurposes } from './known-consent.rules.js';
import { createKnownConsentStore } from './known-consent.store.js';
import { KNOWN_ANCHOR_ACTION, knownAnchorSubject, verifyKnownConsents } from './known-consent.verify.js';
import { createWithdrawalDelivery, type WithdrawalTargets } from './withdrawal-delivery.js';

/** What staff (or an API key) state when recording a consent or its withdrawal. */
interface KnownConsentInput {
  /** The organisation's own reference for the person. */
  readonly subject: string;
  readonly purpose: string;
  readonly givenBy: (typeof KNOWN_CONSENT_GIVERS)[number];
  readonly guardian?: string | undefined;
  readonly method: (typeof KNOWN_CONSENT_METHODS)[number];
  readonly age?: number | undefined;
  readonly regime?: RequestRegime | undefined;
}

interface GivenConsentInput extends KnownConsentInput {
  readonly wording: { readonly fr: string; readonly en: string };
  readonly express: boolean;
}

const SUBJECT_COLUMN = { table: 'known_consent_records', column: 'subject_encrypted' } as const;
const GUARDIAN_COLUMN = { table: 'known_consent_records', column: 'guardian_encrypted' } as const;

/**
 * Consents of known people: recorded (the law's conditions checked first), withdrawn (a new record, sent to the
 * organisation's systems), read back per person and purpose. Every record joins the chain and its head is anchored
 * in the journal at once (staff record consents one at a time: no batching needed).
 */
export function createKnownConsentServices(deps: {
  readonly installation: Pick<Installation, 'database' | 'journal' | 'keyring' | 'cipher'>;
  readonly declaration: Declaration;
  readonly targets: WithdrawalTargets;
  readonly now: () => Date;
  readonly pack?: DeadlinePack;
  readonly onAnchorError: (error: unknown) => void;
}) {
  const { installation, now } = deps;
  const { cipher } = installation;
  const store = createKnownConsentStore(installation.database);
  const pack = deps.pack ?? loadDeadlinePack();
  const sensitive = sensitivePurposes(deps.declaration);
  // One key for people and guardians: a guardian is often a patient or member too, and is found the same way.
  const reference = createBlindIndex({
    keyring: installation.keyring,
    purpose: 'consent.known-subject',
    normalise: (value) => value.trim().normalize('NFC'),
  });
  const delivery = createWithdrawalDelivery({ store, cipher, targets: deps.targets, now });

  async function append(
    input: KnownConsentInput,
    by: string,
    given: { readonly express: boolean; readonly wording: GivenConsentInput['wording'] } | undefined,
  ): Promise<KnownConsentRecord> {
    const checked = checkConsentConditions(
      {
        purpose: input.purpose,
        // A withdrawal needs no express form: it is valid however it is made.
        express: given?.express ?? true,
        givenBy: input.givenBy,
        hasGuardian: input.guardian !== undefined,
        age:
          input.age === undefined || input.regime === undefined
            ? undefined
            : { years: input.age, regime: input.regime },
      },
      { sensitive, pack },
    );
    if (!checked.ok) throw knownConsentProblem(checked.refusal);
    const at = now();
    const id = uuidV7(at.getTime());
    const hash = given === undefined ? null : wordingHash(given.wording);
    const deliveries = (given === undefined ? deps.targets.names() : []).map((target) => ({
      id: randomUUID(),
      target,
    }));
    const record = await store.append(
      {
        id,
        kind: given === undefined ? 'withdrawn' : 'given',
        subjectIndex: reference(input.subject),
        purpose: input.purpose,
        wordingHash: hash,
        express: given === undefined ? null : given.express,
        givenBy: input.givenBy,
        guardianIndex: input.guardian === undefined ? null : reference(input.guardian),
        minorUnder: checked.minorUnder,
        regime: input.regime ?? null,
        method: input.method,
        recordedBy: by,
        recordedAt: at.toISOString(),
      },
      {
        subjectEncrypted: cipher.encrypt(input.subject, { ...SUBJECT_COLUMN, rowId: id }),
        guardianEncrypted:
          input.guardian === undefined ? null : cipher.encrypt(input.guardian, { ...GUARDIAN_COLUMN, rowId: id }),
        wording: given === undefined || hash === null ? undefined : { hash, ...given.wording },
        deliveries,
      },
      // Queued in the record's transaction: a process killed after the commit still has the jobs to run.
      async (trx) => {
        const queue = createJobQueue({ db: trx, dialect: installation.database.dialect });
        for (const d of deliveries) await delivery.enqueue(queue, d.id, at);
      },
    );
    // The record is committed: a failed anchor is logged, not answered as a failure (a retry would record the consent
    // twice), and the next record's anchor covers this one through the chain.
    await installation.journal.appender
      .record([
        {
          actor: 'system',
          action: KNOWN_ANCHOR_ACTION,
          subject: knownAnchorSubject(record),
          purpose: null,
          origin: 'api',
        },
      ])
      .catch(deps.onAnchorError);
    return record;
  }

  return {
    give: (input: GivenConsentInput, by: string) =>
      append(input, by, { express: input.express, wording: input.wording }),
    withdraw: (input: KnownConsentInput, by: string) => append(input, by, undefined),

    /** Every purpose the person consented to or withdrew from, its current state and its whole history. */
    async history(subject: string) {
      const { rows, deliveries } = await store.history(reference(subject));
      const purposes = new Map<string, ReturnType<typeof entryOf>[]>();
      function entryOf(row: (typeof rows)[number]) {
        return {
          id: row.id,
          kind: row.kind,
          recordedAt: row.recorded_at,
          recordedBy: row.recorded_by,
          method: row.method,
          givenBy: row.given_by,
          guardian:
            row.guardian_encrypted === null
              ? null
              : cipher.decrypt(row.guardian_encrypted, { ...GUARDIAN_COLUMN, rowId: row.id }),
          express: row.express === null ? null : row.express === 1,
          minorUnder: row.minor_under,
          regime: row.regime,
          wording: row.text_fr === null || row.text_en === null ? null : { fr: row.text_fr, en: row.text_en },
          hash: row.hash,
          deliveries: deliveries
            .filter((d) => d.record_id === row.id)
            .map((d) => ({
              target: d.target,
              state: d.state,
              attempts: d.attempts,
              lastStatus: d.last_status,
              deliveredAt: d.delivered_at,
            })),
        };
      }
      for (const row of rows) {
        const list = purposes.get(row.purpose) ?? [];
        list.push(entryOf(row));
        purposes.set(row.purpose, list);
      }
      return {
        purposes: [...purposes].map(([purpose, history]) => ({
          purpose,
          current: history.at(-1)?.kind === 'given' ? ('given' as const) : ('withdrawn' as const),
          history,
        })),
      };
    },

    /** The person's key in the journal: the blind index, which names no one without the index key. */
    subjectKey: (subject: string) => reference(subject),
    verify: () => verifyKnownConsents(installation.database.db, () => store.records()),
    delivery: delivery.job,
  };
}

export type KnownConsentServices = ReturnType<typeof createKnownConsentServices>;
