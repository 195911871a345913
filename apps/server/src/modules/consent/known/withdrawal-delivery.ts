import type { FieldCipher } from '../../../crypto/field-cipher.js';
import type { createJobQueue } from '../../../db/job-queue.js';
import { SIGNATURE_HEADER, signBody } from '../../fulfilment/webhook-signature.js';
import type { KnownConsentStore } from './known-consent.store.js';

export const WITHDRAWAL_DELIVERY_JOB = 'consents.withdrawal_delivery';
const JOB_VERSION = 1;
// A system slower than this to acknowledge is retried; it acts on the withdrawal after its 2xx, not before.
const DELIVERY_TIMEOUT_MS = 15_000;

/** The organisation's systems told of withdrawals (VIGIE_CONSENT_WEBHOOKS), by name. */
export interface WithdrawalTargets {
  names(): string[];
  target(name: string): { readonly url: string; readonly secret: string } | undefined;
}

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * The targets from config. A withdrawal names the person, so it travels over https only; plain http is allowed on
 * the loopback outside production (a system under test), as for the fulfilment webhooks (webhook-targets.ts).
 */
export function withdrawalTargets(
  config: Readonly<Record<string, { readonly url: string; readonly secret: { reveal(): string } }>>,
  production: boolean,
): WithdrawalTargets {
  return {
    names: () => Object.keys(config).sort(),
    target(name) {
      const entry = config[name];
      if (entry === undefined || !URL.canParse(entry.url)) return undefined;
      const url = new URL(entry.url);
      const allowed =
        url.protocol === 'https:' || (url.protocol === 'http:' && !production && LOOPBACK.has(url.hostname));
      return allowed ? { url: entry.url, secret: entry.secret.reveal() } : undefined;
    },
  };
}

/**
 * One durable job per withdrawal and system: POSTs the withdrawal, signed like the fulfilment webhooks
 * (webhook-signature.ts); anything but a 2xx throws, so the job queue retries it. Each attempt's status is kept on
 * the delivery row, which the person's history shows.
 */
export function createWithdrawalDelivery(deps: {
  readonly store: KnownConsentStore;
  readonly cipher: FieldCipher;
  readonly targets: WithdrawalTargets;
  readonly now: () => Date;
}) {
  const { store } = deps;
  return {
    async enqueue(queue: ReturnType<typeof createJobQueue>, deliveryId: string, at: Date): Promise<void> {
      await queue.enqueue(
        {
          name: WITHDRAWAL_DELIVERY_JOB,
          version: JOB_VERSION,
          payload: { deliveryId },
          dedupeKey: `${WITHDRAWAL_DELIVERY_JOB}:${deliveryId}`,
        },
        at,
      );
    },
    job: {
      version: JOB_VERSION,
      async run(payload: unknown): Promise<void> {
        const id = (payload as { deliveryId?: unknown }).deliveryId;
        if (typeof id !== 'string') throw Object.assign(new Error('payload'), { code: 'consents.bad_payload' });
        const delivery = await store.delivery(id);
        if (delivery === undefined || delivery.state === 'delivered') return;
        const target = deps.targets.target(delivery.target);
        if (target === undefined)
          throw Object.assign(new Error('webhook'), { code: 'consents.webhook_not_configured' });
        const body = JSON.stringify({
          event: 'consent.withdrawn',
          id: delivery.record_id,
          subject: deps.cipher.decrypt(delivery.subject_encrypted, {
            table: 'known_consent_records',
            column: 'subject_encrypted',
            rowId: delivery.record_id,
          }),
          purpose: delivery.purpose,
          withdrawnAt: delivery.recorded_at,
          hash: delivery.hash,
        });
        let status = 0;
        try {
          const answer = await fetch(target.url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              [SIGNATURE_HEADER]: signBody(target.secret, body, deps.now()),
            },
            body,
            redirect: 'error',
            signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
          });
          status = answer.status;
          await answer.body?.cancel();
        } finally {
          // Status 0: no answer (refused connection, timeout); recorded as an attempt all the same.
          await store.attempted(id, status, status >= 200 && status < 300 ? deps.now().toISOString() : null);
        }
        if (status < 200 || status >= 300)
          throw Object.assign(new Error(`status ${status}`), { code: 'consents.webhook_refused' });
      },
    },
  };
}
