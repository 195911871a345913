import * as z from 'zod';
import type { UserCaller } from '../../app/caller.js';
import { ProblemError } from '../../app/problem.js';
import { defineRoute, needs, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import { AuthError } from './auth.errors.js';
import { authProblem, toProblem } from './auth.problem.js';
import { newUserBody, userPatchBody, userSchema } from './auth.schemas.js';
import type { AuthServices } from './auth.services.js';
import type { Role } from './user-view.js';

const idParams = z.object({ id: z.uuid() });

const ownersOnly = new ProblemError({
  code: 'users.owner_only',
  status: 403,
  detail: {
    fr: 'Seul un propriétaire peut accorder ou retirer le rôle de propriétaire.',
    en: 'Only an owner can grant or remove the owner role.',
  },
});

interface UsersRouteDeps {
  readonly auth: AuthServices;
  readonly journal: RequestJournal;
}

/** Staff accounts: list, create, change role, disable, revoke sessions. Every change is journalled. */
export function usersRoutes(deps: UsersRouteDeps): RouteDefinition[] {
  const { auth, journal } = deps;
  // Owners hold the keys to the installation: only an owner may make or unmake one.
  const assertMayTouchOwner = (caller: unknown, roles: readonly (Role | undefined)[]) => {
    if (roles.includes('owner') && (caller as UserCaller).role !== 'owner') throw ownersOnly;
  };
  const existing = async (id: string) => {
    const user = await auth.users.getUser(id);
    if (user === undefined) throw authProblem(new AuthError('auth.user_not_found'));
    return user;
  };

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/users',
      access: needs('users.manage'),
      tag: 'users',
      summary: { en: 'Staff accounts', fr: 'Comptes du personnel' },
      responses: { 200: { description: 'Every account', schema: z.object({ users: z.array(userSchema) }) } },
      async handler({ request }) {
        const users = await auth.users.listUsers();
        // Reading staff emails is reading personal data: journalled like any other.
        await journal(request, { action: 'users.list' });
        return { users };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/users',
      access: needs('users.manage'),
      tag: 'users',
      body: newUserBody,
      summary: { en: 'Create a staff account', fr: 'Créer un compte du personnel' },
      responses: { 201: { description: 'Created', schema: z.object({ user: userSchema }) } },
      async handler({ body, caller, request }) {
        assertMayTouchOwner(caller, [body.role]);
        try {
          const user = await auth.users.createUser(body);
          await journal(request, { action: 'users.create', subject: `user:${user.id}` });
          return { user };
        } catch (error) {
          throw toProblem(error);
        }
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/users/:id',
      access: needs('users.manage'),
      tag: 'users',
      params: idParams,
      body: userPatchBody,
      summary: {
        en: 'Change a role, or disable or enable an account',
        fr: 'Changer un rôle, désactiver ou réactiver un compte',
      },
      responses: { 200: { description: 'The account as it is now', schema: z.object({ user: userSchema }) } },
      async handler({ params, body, caller, request }) {
        const before = await existing(params.id);
        assertMayTouchOwner(caller, [before.role, body.role]);
        try {
          let user = before;
          if (body.role !== undefined && body.role !== before.role) {
            user = await auth.users.setRole(params.id, body.role);
            await journal(request, { action: 'users.change_role', subject: `user:${params.id}` });
          }
          if (body.disabled !== undefined && body.disabled !== before.disabled) {
            user = await auth.users.setDisabled(params.id, body.disabled);
            // A disabled account must lose the sessions it has open, not only future sign-ins.
            if (body.disabled) await auth.sessions.revokeUserSessions(params.id);
            await journal(request, {
              action: body.disabled ? 'users.disable' : 'users.enable',
              subject: `user:${params.id}`,
            });
          }
          return { user };
        } catch (error) {
          throw toProblem(error);
        }
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/users/:id/sessions',
      access: needs('users.manage'),
      tag: 'users',
      params: idParams,
      summary: { en: 'Sign an account out everywhere', fr: 'Déconnecter un compte partout' },
      responses: { 204: { description: 'Every session of the account is revoked' } },
      async handler({ params, caller, request }) {
        const user = await existing(params.id);
        assertMayTouchOwner(caller, [user.role]);
        await auth.sessions.revokeUserSessions(params.id);
        await journal(request, { action: 'users.revoke_sessions', subject: `user:${params.id}` });
        return undefined;
      },
    }),
  ];
}
