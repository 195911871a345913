import type { Dataset } from '@vigie/core';
import type { Secret } from '../../config/secret.js';

/** Where a webhook dataset is reached and the secret both sides sign with. */
export interface WebhookTarget {
  readonly url: URL;
  readonly secret: string;
}

/** The target of a webhook dataset, or why it has none (no URL or secret configured, or a URL refused). */
export type WebhookTargets = (dataset: Dataset) => WebhookTarget | undefined;

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Webhook targets from VIGIE_DATASET_URLS and VIGIE_WEBHOOK_SECRETS. The body carries verified identities, so it
 * travels over https only; plain http is allowed on the loopback outside production (a system under test).
 */
export function createWebhookTargets(deps: {
  readonly urls: Readonly<Record<string, Secret>>;
  readonly secrets: Readonly<Record<string, Secret>>;
  readonly production: boolean;
}): WebhookTargets {
  return (dataset) => {
    const text = deps.urls[dataset.id]?.reveal();
    const secret = deps.secrets[dataset.id]?.reveal();
    if (text === undefined || secret === undefined || !URL.canParse(text)) return undefined;
    const url = new URL(text);
    const allowed =
      url.protocol === 'https:' || (url.protocol === 'http:' && !deps.production && LOOPBACK.has(url.hostname));
    return allowed ? { url, secret } : undefined;
  };
}

/** The webhook datasets a production server refuses to start without a secret for. */
export function webhooksWithoutSecret(
  datasets: readonly Dataset[],
  secrets: Readonly<Record<string, Secret>>,
): string[] {
  return datasets.filter((d) => d.engine === 'webhook' && secrets[d.id] === undefined).map((d) => d.id);
}
