import { hash, timingSafeEqual } from 'node:crypto';
import type { Declaration } from '@vigie/core';
import { createBlindIndex } from '../../crypto/blind-index.js';
import type { Installation } from '../../installation/installation.js';
import { auditVerify } from '../../ops/audit.js';
import { readConsentAnchors, readLastAnchoredHead } from './consent.anchor.js';
import { createConsentAnchorer } from './consent.anchorer.js';
import { hashConsent } from './consent.canonical.js';
import { type ConsentLedger, createConsentLedger } from './consent.ledger.js';
import { describeConsentProblem } from './consent.problem-messages.js';
import type { ConsentInput, ConsentReceipt } from './consent.record.js';
import { type ConsentStats, consentStats } from './consent.stats.js';
import { createConsentStore } from './consent.store.js';
import { verifyConsentLedger } from './consent.verify.js';
import { buildConsentConfigs, type ConsentConfig } from './consent-config.js';
import { uuidV7 } from './consent-id.js';
import { truncatedNetwork } from './consent-network.js';
import { userAgentFamily } from './user-agent-family.js';

/** Where a choice came from, as the HTTP request shows it; reduced before anything is stored. */
interface ConsentOrigin {
  readonly ip?: string | undefined;
  readonly userAgent?: string | undefined;
}

export interface ConsentLedgerReport {
  readonly ok: boolean;
  readonly journalOk: boolean;
  readonly records: number;
  readonly anchoredSeq?: number;
  readonly unanchored?: number;
  readonly head?: { readonly seq: number; readonly hash: string };
  readonly problem?: {
    readonly kind: string;
    readonly seq: number;
    readonly recordId?: string;
    readonly message: { readonly fr: string; readonly en: string };
  };
}

export interface ConsentServices {
  /** The banner's config in a language, with the ETag of exactly that body. */
  config(lang: 'fr' | 'en'): { readonly config: ConsentConfig; readonly etag: string };
  /** Records a choice; resolves with the receipt once the record is durably committed. */
  record(input: ConsentInput, origin: ConsentOrigin): Promise<ConsentReceipt>;
  /** Whether a receipt's hash is the one the ledger holds for its id (and the record still hashes to it). */
  checkReceipt(
    id: string,
    hash: string,
  ): Promise<{ valid: boolean; recordedAt?: string; choices?: Record<string, boolean> }>;
  /** The journal, then every anchor and every record of the ledger. */
  verify(): Promise<ConsentLedgerReport>;
  stats(from: string, to: string): Promise<ConsentStats>;
  /** Anchors the records a killed process left unanchored (when the server starts). */
  anchorTail(): Promise<void>;
  /** Waits for the records in flight and anchors the head (at shutdown). */
  flush(): Promise<void>;
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** Verifies the ledger in an installation (the route and `vigie consent verify`). */
export async function verifyInstalledLedger(
  installation: Pick<Installation, 'database' | 'journal'>,
): Promise<ConsentLedgerReport> {
  const journal = await auditVerify(installation);
  // Anchors first, records after: every anchor read has its records committed before it (consent.verify.ts).
  const anchors = await readConsentAnchors(installation.database.db);
  const store = createConsentStore(installation.database);
  const ledger = await verifyConsentLedger(store.records(), anchors);
  if (!ledger.ok) {
    const { problem } = ledger;
    return {
      ok: false,
      journalOk: journal.ok,
      records: ledger.records,
      problem: { ...problem, message: describeConsentProblem(problem) },
    };
  }
  return {
    ok: journal.ok,
    journalOk: journal.ok,
    records: ledger.records,
    anchoredSeq: ledger.anchoredSeq,
    unanchored: ledger.unanchored,
    ...(ledger.head === undefined ? {} : { head: ledger.head }),
  };
}

export function createConsentServices(deps: {
  readonly installation: Pick<Installation, 'database' | 'journal' | 'keyring'>;
  readonly declaration: Declaration;
  readonly publicUrl: string;
  readonly now: () => Date;
  readonly onAnchorError: (error: unknown) => void;
}): ConsentServices {
  const { installation, now } = deps;
  const store = createConsentStore(installation.database);
  const visitorIndex = createBlindIndex({
    keyring: installation.keyring,
    purpose: 'consent.visitor',
    normalise: (value) => value,
  });
  const ledger: ConsentLedger = createConsentLedger({
    repository: store,
    anchorer: createConsentAnchorer({ journal: installation.journal.appender, onError: deps.onAnchorError }),
    lastAnchoredHead: () => readLastAnchoredHead(installation.database.db),
  });
  const configs = buildConsentConfigs(deps.declaration, deps.publicUrl);
  const etags = {
    fr: `"${hash('sha256', JSON.stringify(configs.fr), 'hex').slice(0, 32)}"`,
    en: `"${hash('sha256', JSON.stringify(configs.en), 'hex').slice(0, 32)}"`,
  };

  return {
    config: (lang) => ({ config: configs[lang], etag: etags[lang] }),

    async record(input, origin) {
      const at = now();
      const record = await ledger.record({
        id: uuidV7(at.getTime()),
        recordedAt: at.toISOString(),
        visitorIndex: visitorIndex(input.visitorId),
        choices: input.choices,
        noticeVersion: input.noticeVersion,
        configVersion: input.configVersion,
        method: input.method,
        gpc: input.gpc ?? null,
        ipTruncated: truncatedNetwork(origin.ip),
        userAgentFamily: userAgentFamily(origin.userAgent),
      });
      return { id: record.id, recordedAt: record.recordedAt, hash: record.hash };
    },

    async checkReceipt(id, given) {
      const record = await store.byId(id);
      if (record === undefined || !sameHex(record.hash, given)) return { valid: false };
      // The stored hash matches the receipt; the record must still hash to it, or its fields were changed since.
      if (hashConsent(record.prevHash, record) !== record.hash) return { valid: false };
      return { valid: true, recordedAt: record.recordedAt, choices: { ...record.choices } };
    },

    verify: () => verifyInstalledLedger(installation),
    stats: (from, to) => consentStats(installation.database.db, from, to),
    anchorTail: () => ledger.anchorTail(),
    flush: () => ledger.flush(),
  };
}
