import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../app/test-support/test-server.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { enterCheckedRequest } from './test-support/desk-requests.js';
import { type RequestsTestServer, startRequestsServer } from './test-support/requests-server.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];
let accounts = 0;

describe.each(targets)('assigning rights requests on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let server: RequestsTestServer;
  let officer: SignedIn;
  let agent: SignedIn;
  let auditor: SignedIn;
  let admin: SignedIn;
  const as = (who: SignedIn) => ({ cookie: who.cookie, 'x-csrf-token': who.csrfToken });
  const account = (role: SignedIn['role']) => signIn(server, role, `desk.${role}.${++accounts}@example.org`);

  beforeAll(async () => {
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    server = await startRequestsServer(target);
    officer = await account('privacy_officer');
    agent = await account('agent');
    auditor = await account('auditor');
    admin = await account('admin');
  });
  afterAll(() => server?.dispose());

  const assign = (who: SignedIn, id: string, userId: string | null) =>
    server.app.inject({ method: 'PUT', url: `/api/v1/requests/${id}/assignee`, headers: as(who), payload: { userId } });
  const listed = async (who: SignedIn, assignee: string) => {
    const response = await server.app.inject({ url: `/api/v1/requests?assignee=${assignee}`, headers: as(who) });
    expect(response.statusCode).toBe(200);
    return (response.json().requests as { id: string }[]).map((r) => r.id);
  };

  run('gives a request to a staff member, filters by assignee, and journals both', async () => {
    const first = await enterCheckedRequest(server, as(agent));
    const second = await enterCheckedRequest(server, as(agent), { kind: 'rectification' });

    const staff = await server.app.inject({ url: '/api/v1/requests/assignees', headers: as(agent) });
    const ids = (staff.json().staff as { id: string; displayName: string }[]).map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([officer.userId, agent.userId]));
    // Neither the auditor nor the admin may read a request, so neither can be given one.
    expect(ids).not.toContain(auditor.userId);
    expect(ids).not.toContain(admin.userId);

    const mine = await assign(agent, first.id, agent.userId);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().request.assigneeId).toBe(agent.userId);
    expect(await assign(agent, second.id, officer.userId)).toMatchObject({ statusCode: 200 });

    expect(await listed(agent, 'me')).toEqual([first.id]);
    expect(await listed(officer, 'me')).toEqual([second.id]);
    expect(await listed(agent, officer.userId)).toEqual([second.id]);
    expect(await listed(agent, 'none')).not.toContain(first.id);

    const released = await assign(officer, second.id, null);
    expect(released.statusCode).toBe(200);
    expect(released.json().request.assigneeId).toBeUndefined();
    expect(await listed(agent, 'none')).toContain(second.id);

    const journal = await server.app.inject({ url: `/api/v1/requests/${second.id}/journal`, headers: as(agent) });
    expect(journal.statusCode).toBe(200);
    const actions = (journal.json().entries as { action: string; subject: string; actor: string }[]).map((e) => [
      e.action,
      e.subject,
      e.actor,
    ]);
    // Newest first, only this request's entries.
    expect(actions).toEqual([
      ['requests.unassign', `request:${second.id}`, `user:${officer.userId}`],
      ['requests.assign', `request:${second.id}`, `user:${agent.userId}`],
      ['requests.enter', `request:${second.id}`, `user:${agent.userId}`],
    ]);
  });

  run('refuses an assignee who cannot read requests, or whose account is disabled, naming the field', async () => {
    const request = await enterCheckedRequest(server, as(agent));
    for (const who of [auditor, admin]) {
      const refused = await assign(agent, request.id, who.userId);
      expect([refused.statusCode, refused.json().code]).toEqual([422, 'requests.assignee_not_staff']);
      expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual(['userId']);
    }
    const leaver = await account('agent');
    await server.auth.users.setDisabled(leaver.userId, true);
    const disabled = await assign(agent, request.id, leaver.userId);
    expect([disabled.statusCode, disabled.json().code]).toEqual([422, 'requests.assignee_not_staff']);
    const unknown = await assign(agent, request.id, '00000000-0000-4000-8000-000000000001');
    expect(unknown.statusCode).toBe(422);
    const missing = await assign(agent, '00000000-0000-4000-8000-000000000000', agent.userId);
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'requests.not_found']);
  });

  run('keeps the desk routes from the admin and the auditor', async () => {
    const request = await enterCheckedRequest(server, as(agent));
    const routes = [
      { method: 'GET', url: '/api/v1/requests/assignees' },
      { method: 'PUT', url: `/api/v1/requests/${request.id}/assignee`, payload: { userId: null } },
      { method: 'POST', url: `/api/v1/requests/${request.id}/extension`, payload: { reason: 'Archives' } },
      { method: 'GET', url: `/api/v1/requests/${request.id}/letter` },
      { method: 'POST', url: `/api/v1/requests/${request.id}/letter/send`, payload: {} },
      { method: 'GET', url: `/api/v1/requests/${request.id}/journal` },
    ] as const;
    for (const who of [admin, auditor]) {
      for (const route of routes) {
        const response = await server.app.inject({ ...route, headers: as(who) });
        expect([who.role, route.url, response.statusCode]).toEqual([who.role, route.url, 403]);
      }
    }
  });
});
