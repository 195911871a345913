import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteConnector } from '@vigie/connectors';
import type { Dataset } from '@vigie/core';
import Database from 'better-sqlite3';
import type { LightMyRequestResponse } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';
import { loadHealthPlan, type Seed } from '../../../../../../packages/connectors/test/contract/health-plan.js';
import { demoDeclaration, freshAddress, signIn, testConfig } from '../../../app/test-support/test-server.js';
import { type StoreTarget, sqliteTarget } from '../../../db/test-support/store-targets.js';
import { createServer, type VigieServer } from '../../../server.js';
import { type SmtpCapture, startSmtpCapture } from '../../requests/test-support/smtp-capture.js';

/** A server on its own SQLite store whose declaration annotates one dataset, with a privacy officer signed in. */
export interface FulfilmentServer {
  readonly server: VigieServer;
  readonly smtp: SmtpCapture;
  /** Enters, as staff, a request of member n (person{n}@example.org) whose identity was verified; its id. */
  enter(kind: string, n: number): Promise<string>;
  /**
   * Submits, as member n in the privacy center (the public intake), a request, then verifies it with the code
   * emailed to person{n}@example.org, as the person would; its id, found by its reference in the staff inbox.
   */
  submit(kind: string, n: number, details?: string): Promise<string>;
  post(url: string, payload?: Record<string, unknown>): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startFulfilmentServer(options: {
  readonly dataset: Dataset;
  readonly datasetUrl: string;
  /** apps/web/dist, for browser tests that open the privacy center on this server. */
  readonly webRoot?: string;
  /** Systems Vigie cannot query, declared after the dataset, with their URLs (webhook) and signing secrets. */
  readonly external?: {
    readonly datasets: readonly Dataset[];
    readonly urls?: Readonly<Record<string, string>>;
    readonly secrets?: Readonly<Record<string, string>>;
  };
  /** The server's clock, for deadlines. */
  readonly now?: () => Date;
  /** The server's own store; SQLite by default. */
  readonly store?: StoreTarget;
}): Promise<FulfilmentServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-fulfilment-engines-'));
  const smtp = await startSmtpCapture();
  const store = await (options.store ?? sqliteTarget).create();
  const demo = demoDeclaration();
  const server = await createServer({
    config: testConfig(store.database, dir, {
      SMTP_URL: smtp.url,
      VIGIE_MAIL_FROM: 'privacy@clinique-demo.example',
      LOG_LEVEL: 'warn',
      VIGIE_DATASET_URLS: JSON.stringify({ [options.dataset.id]: options.datasetUrl, ...options.external?.urls }),
      ...(options.external?.secrets === undefined
        ? {}
        : { VIGIE_WEBHOOK_SECRETS: JSON.stringify(options.external.secrets) }),
    }),
    declaration: {
      ...demo,
      declaration: { ...demo.declaration, datasets: [options.dataset, ...(options.external?.datasets ?? [])] },
    },
    ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const po = await signIn(server, 'privacy_officer', 'officer@example.org');
  const officer = { cookie: po.cookie, 'x-csrf-token': po.csrfToken };
  const post = (url: string, payload: Record<string, unknown> = {}) =>
    server.app.inject({ method: 'POST', url, headers: officer, payload });
  return {
    server,
    smtp,
    post,
    get: (url) => server.app.inject({ url, headers: officer }),
    async enter(kind, n) {
      const entered = await post('/api/v1/requests/entries', {
        kind,
        requester: { name: `Person ${n}`, email: `person${n}@example.org` },
        applicant: { role: 'self' },
        language: 'fr',
        channel: 'mail',
        identityVerified: true,
      });
      expect(entered.statusCode).toBe(201);
      return entered.json().request.id as string;
    },
    async submit(kind, n, details) {
      const email = `person${n}@example.org`;
      const asked = await server.app.inject({
        method: 'POST',
        url: '/api/v1/requests',
        remoteAddress: freshAddress(),
        payload: {
          kind,
          requester: { name: `Person ${n}`, email },
          applicant: { role: 'self' },
          language: 'fr',
          ...(details === undefined ? {} : { details }),
        },
      });
      expect(asked.statusCode).toBe(202);
      const { reference } = asked.json() as { reference: string };
      const code = /code\s*:\s*(\d{6})/.exec((await smtp.next(email)).text)?.[1];
      expect(code).toMatch(/^\d{6}$/);
      const verified = await server.app.inject({
        method: 'POST',
        url: '/api/v1/requests/verification',
        remoteAddress: freshAddress(),
        payload: { reference, code },
      });
      expect(verified.statusCode).toBe(200);
      // The acknowledgement letter follows the verification; taken here so the next mail is the answer.
      expect((await smtp.next(email)).text).toContain(reference);
      const inbox = (await server.app.inject({ url: '/api/v1/requests', headers: officer })).json() as {
        requests: { id: string; reference: string; state: string }[];
      };
      const found = inbox.requests.find((r) => r.reference === reference);
      expect(found?.state).toBe('in-progress');
      return found?.id ?? '';
    },
    async close() {
      await server.close();
      await smtp.close();
      await store.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The files of a downloaded export package, as text by path (the browser test reads the zip the page saved). */
export function packageFiles(zip: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** The health plan database in a SQLite file at `path`, loaded with `seed`; its URL for VIGIE_DATASET_URLS. */
export async function sqliteHealthPlan(path: string, dataset: Dataset, seed: Seed): Promise<string> {
  new Database(path).close();
  const loader = openSqliteConnector(path, { dataset, pseudonymKey: new Uint8Array(32) });
  try {
    await loadHealthPlan(loader.driver, seed);
  } finally {
    await loader.close();
  }
  return `sqlite:${path}`;
}
