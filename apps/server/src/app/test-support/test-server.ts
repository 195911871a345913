import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LoadedDeclaration, loadDeclaration } from '@vigie/core';
import type { LightMyRequestResponse } from 'fastify';
import type { DatabaseConfig } from '../../config/config.js';
import { type Config, loadConfig } from '../../config/config.js';
import type { StoreTarget } from '../../db/test-support/store-targets.js';
import { codeAt } from '../../modules/auth/test-support/totp-codes.js';
import type { Role } from '../../modules/auth/user-view.js';
import { createServer, type VigieServer } from '../../server.js';
import type { LogStream } from '../logger.js';

export const DEMO_DECLARATION = fileURLToPath(new URL('../../../../../examples/demo/vigie.yaml', import.meta.url));
export const TEST_PASSWORD = 'correct horse battery staple';

/** The demo organisation's declaration, as `npm start` serves it. */
export function demoDeclaration(path = DEMO_DECLARATION): LoadedDeclaration {
  const loaded = loadDeclaration([{ path: 'examples/demo/vigie.yaml', text: readFileSync(path, 'utf8') }]);
  if (!loaded.ok) throw new Error('the demo declaration does not load');
  return loaded.value;
}

/** A test config over a store, its data folder in a temporary directory (the journal key file lives there). */
export function testConfig(database: DatabaseConfig, dataDir: string, extra: Record<string, string> = {}): Config {
  const url = database.kind === 'sqlite' ? `sqlite:${database.path}` : database.url.reveal();
  const result = loadConfig({ VIGIE_ENV: 'test', VIGIE_DATA_DIR: dataDir, DATABASE_URL: url, ...extra });
  if (!result.ok) throw new Error(`test config refused: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** A signed-in staff member: what a browser holds after sign-in. */
export interface SignedIn {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
  readonly cookie: string;
  readonly csrfToken: string;
  /** The TOTP secret, base32, when the role has one. */
  readonly totpSecret?: string;
}

export interface TestServer extends VigieServer {
  /** Creates an account (with TOTP enrolled when the role needs it) and signs it in through the API. */
  signedIn(role: Role, email?: string): Promise<SignedIn>;
  /** Headers for a signed-in request (cookie, and the CSRF token for unsafe methods). */
  as(who: SignedIn): Record<string, string>;
  dispose(): Promise<void>;
}

let sequence = 0;
let addresses = 0;

/**
 * A different caller address for each request of a test, so the per-address rate limits of public routes
 * (tested on their own) do not turn a test's many sign-ins into 429s.
 */
export function freshAddress(): string {
  addresses += 1;
  return `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
}

/** A server over a fresh store of `target` (SQLite or PostgreSQL), with the demo declaration. */
export async function startTestServer(
  target: StoreTarget,
  options: { readonly logStream?: LogStream; readonly webRoot?: string; readonly logLevel?: string } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-http-'));
  const store = await target.create();
  const { logLevel = 'warn', ...rest } = options;
  const server = await createServer({
    config: testConfig(store.database, dir, { LOG_LEVEL: logLevel }),
    declaration: demoDeclaration(),
    ...rest,
  });
  const as = (who: SignedIn) => ({ cookie: who.cookie, 'x-csrf-token': who.csrfToken });
  return {
    ...server,
    as,
    signedIn: (role, email = `${role}.${++sequence}@example.org`) => signIn(server, role, email),
    async dispose() {
      await server.close();
      await store.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Creates an account (with TOTP enrolled when the role needs it) on a built server and signs it in through the
 * API, second factor included: what a browser holds afterwards.
 */
export async function signIn(server: VigieServer, role: Role, email: string): Promise<SignedIn> {
  const user = await server.auth.users.createUser({
    email,
    displayName: `Test ${role}`,
    role,
    password: TEST_PASSWORD,
  });
  let totpSecret: string | undefined;
  if (role === 'owner' || role === 'admin' || role === 'privacy_officer') {
    const enrolment = await server.auth.users.beginTotpEnrolment(user.id);
    // The code of the previous step: the sign-in below then uses the current one, which is not a replay.
    await server.auth.users.confirmTotpEnrolment(user.id, codeAt(enrolment.secret, new Date(Date.now() - 30_000)));
    totpSecret = enrolment.secret;
  }
  const login = await server.app.inject({
    method: 'POST',
    url: '/api/v1/session',
    remoteAddress: freshAddress(),
    payload: { email, password: TEST_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.body}`);
  const cookie = sessionCookie(login);
  let body = login.json() as { stage: string; csrfToken: string };
  if (body.stage === 'totp' && totpSecret !== undefined) {
    const second = await server.app.inject({
      method: 'POST',
      url: '/api/v1/session/totp',
      remoteAddress: freshAddress(),
      headers: { cookie, 'x-csrf-token': body.csrfToken },
      payload: { code: codeAt(totpSecret, new Date()) },
    });
    if (second.statusCode !== 200) throw new Error(`second factor failed: ${second.body}`);
    body = second.json();
  }
  return {
    userId: user.id,
    email,
    role,
    cookie,
    csrfToken: body.csrfToken,
    ...(totpSecret === undefined ? {} : { totpSecret }),
  };
}

/** The `name=value` of the session cookie set by a response, for the next request's Cookie header. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'vigie_session');
  if (cookie === undefined) throw new Error('no session cookie set');
  return `${cookie.name}=${cookie.value}`;
}
