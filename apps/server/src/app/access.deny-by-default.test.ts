import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteTarget } from '../db/test-support/store-targets.js';
import type { Role } from '../modules/auth/user-view.js';
import { PERMISSIONS, roleHas } from './permissions.js';
import { type RegisteredRoute, routeTable } from './route-table.js';
import { freshAddress, startTestServer, type TestServer } from './test-support/test-server.js';

const ROLES: readonly Role[] = ['owner', 'admin', 'privacy_officer', 'agent', 'auditor'];
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

let server: TestServer;
let routes: RegisteredRoute[];

beforeAll(async () => {
  // The route table and the access rules do not depend on the store: SQLite is enough here (the auth stores run
  // on both databases in their own suites).
  server = await startTestServer(sqliteTarget);
  await server.app.ready();
  routes = routeTable(server.app).filter((route) => route.method !== 'HEAD');
});
afterAll(() => server?.dispose());

function isSignOut(route: RegisteredRoute): boolean {
  return route.method === 'DELETE' && route.url === '/api/v1/session';
}

function concrete(url: string): string {
  return url.replace(/:[A-Za-z0-9_]+/g, SAMPLE_ID).replace('*', 'x');
}

async function call(route: RegisteredRoute, headers: Record<string, string>) {
  const method = route.method as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  return server.app.inject({
    method,
    url: concrete(route.url),
    remoteAddress: freshAddress(),
    headers,
    ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
  });
}

describe('deny by default, walking every registered route', () => {
  it('registers a non-trivial route table where every route declares its access', () => {
    expect(routes.length).toBeGreaterThan(20);
    const undeclared = routes.filter((route) => route.access === undefined);
    expect(undeclared).toEqual([]);
  });

  it('refuses an anonymous caller on every non-public route', async () => {
    const guarded = routes.filter((route) => route.access?.kind !== 'public');
    expect(guarded.length).toBeGreaterThan(10);
    for (const route of guarded) {
      const response = await call(route, {});
      expect([route.method, route.url, response.statusCode]).toEqual([route.method, route.url, 401]);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('refuses every role that lacks the permission, and lets through every role that has it', async () => {
    // Signing out revokes the session the walk uses, so it goes last.
    const signOutLast = [...routes].sort((a, b) => Number(isSignOut(a)) - Number(isSignOut(b)));
    let refusals = 0;
    for (const role of ROLES) {
      const who = await server.signedIn(role);
      for (const route of signOutLast) {
        const access = route.access;
        if (access === undefined || access.kind === 'public') continue;
        const response = await call(route, server.as(who));
        const allowed = access.kind === 'signing_in' || roleHas(role, access.permission);
        const label = `${role} ${route.method} ${route.url}`;
        if (allowed) {
          expect([label, response.statusCode !== 401 && response.statusCode !== 403]).toEqual([label, true]);
        } else {
          refusals += 1;
          expect([label, response.statusCode, response.json().code]).toEqual([label, 403, 'auth.forbidden']);
        }
      }
    }
    expect(refusals).toBeGreaterThan(10);
  });

  it('refuses an API key every route outside its scopes, and staff-only routes whatever its scopes', async () => {
    const owner = await server.signedIn('owner');
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: server.as(owner),
      payload: { name: 'metrics scraper', scopes: ['metrics.read'] },
    });
    expect(created.statusCode).toBe(201);
    const key = created.json().key as string;
    for (const route of routes) {
      const access = route.access;
      if (access === undefined || access.kind === 'public') continue;
      const response = await call(route, { authorization: `Bearer ${key}` });
      const allowed = access.kind === 'permission' && access.permission === 'metrics.read';
      const label = `${route.method} ${route.url}`;
      expect([label, allowed ? response.statusCode === 200 : response.statusCode === 403]).toEqual([label, true]);
    }
    const unknown = await server.app.inject({ url: '/metrics', headers: { authorization: 'Bearer vk_nothing_real' } });
    expect(unknown.statusCode).toBe(401);
  });

  it('opens nothing but the sign-in steps to a session that has not passed its second factor', async () => {
    const email = 'half.signed.in@example.org';
    await server.auth.users.createUser({
      email,
      displayName: 'Half',
      role: 'owner',
      password: 'correct horse battery staple',
    });
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password: 'correct horse battery staple' },
    });
    const cookie = `vigie_session=${login.cookies.find((c) => c.name === 'vigie_session')?.value}`;
    const { stage, csrfToken } = login.json();
    expect(stage).toBe('enrol');
    for (const route of routes) {
      if (route.access?.kind !== 'permission') continue;
      const response = await call(route, { cookie, 'x-csrf-token': csrfToken });
      expect([route.url, response.statusCode, response.json().code]).toEqual([
        route.url,
        401,
        'auth.second_factor_required',
      ]);
    }
  });

  it('refuses to everyone a route added without an access rule', async () => {
    const { app } = await startTestServer(sqliteTarget).then(async (extra) => {
      extra.app.get('/api/v1/forgotten', async () => ({ secret: 'should never be served' }));
      const owner = await extra.signedIn('owner');
      const anonymous = await extra.app.inject({ url: '/api/v1/forgotten' });
      const asOwner = await extra.app.inject({ url: '/api/v1/forgotten', headers: extra.as(owner) });
      expect([anonymous.statusCode, anonymous.json().code]).toEqual([403, 'auth.no_access_rule']);
      expect([asOwner.statusCode, asOwner.json().code]).toEqual([403, 'auth.no_access_rule']);
      await extra.dispose();
      return extra;
    });
    expect(app).toBeDefined();
  });

  it('has no route that writes, edits or deletes journal entries', () => {
    const journalWrites = routes.filter((r) => r.url.startsWith('/api/v1/journal') && r.method !== 'GET');
    expect(journalWrites).toEqual([]);
  });

  it('has no route that edits or deletes consent records', () => {
    const ledgerEdits = routes.filter(
      (r) => r.url.startsWith('/api/v1/consent') && ['PATCH', 'PUT', 'DELETE'].includes(r.method),
    );
    expect(ledgerEdits).toEqual([]);
  });

  it('gives every permission to at least one role', () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(ROLES.some((role) => roleHas(role, permission))).toBe(true);
    }
  });
});
