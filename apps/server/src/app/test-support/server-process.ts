import type { ChildProcess } from 'node:child_process';
import { expect } from 'vitest';
import { exited, onLines, startScript } from '../../db/test-support/run-script.js';
import { codeAt } from '../../modules/auth/test-support/totp-codes.js';
import { DEMO_DECLARATION } from './test-server.js';

/** A Vigie server in a child process (http-server.script.ts), which a crash test can SIGKILL. */
interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly email: string;
  readonly password: string;
  readonly totpSecret?: string;
}

/** Starts the server on a store and data folder; `bootstrap` creates an owner whose credentials come back. */
export async function startServerProcess(store: string, dataDir: string, mode?: 'bootstrap'): Promise<ServerProcess> {
  const child = await startScript('../../app/test-support/http-server.script.ts', [
    store,
    dataDir,
    DEMO_DECLARATION,
    ...(mode ? [mode] : []),
  ]);
  const done = exited(child);
  const line = await new Promise<string>((resolve, reject) => {
    onLines(child, resolve);
    done.then(({ code, stderr }) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
  return { child, ...JSON.parse(line) };
}

/** Signs the bootstrapped owner in over HTTP, second factor included; the headers of their later requests. */
export async function signInOverHttp(
  server: ServerProcess,
  secret: string,
  at: Date = new Date(),
): Promise<Record<string, string>> {
  const login = await fetch(`${server.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: server.email, password: server.password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const second = await fetch(`${server.url}/api/v1/session/totp`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ code: codeAt(secret, at) }),
  });
  expect(second.status).toBe(200);
  return headers;
}
