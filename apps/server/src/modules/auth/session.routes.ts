import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../../app/access.js';
import type { UserCaller } from '../../app/caller.js';
import { ProblemError } from '../../app/problem.js';
import { SIGN_IN_RATE_LIMIT } from '../../app/rate-limits.js';
import { defineRoute, PUBLIC, type RouteDefinition, SIGNING_IN } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import { authProblem, toProblem } from './auth.problem.js';
import {
  codeBody,
  enrolmentConfirmedSchema,
  enrolmentSchema,
  secondFactorBody,
  sessionSchema,
  signInBody,
} from './auth.schemas.js';
import type { AuthServices } from './auth.services.js';
import type { SignInStage } from './stage.js';
import type { UserView } from './user-view.js';

const wrongStage = new ProblemError({
  code: 'auth.wrong_stage',
  status: 409,
  detail: {
    fr: 'Cette étape de connexion n’est pas celle attendue.',
    en: 'This is not the sign-in step expected now.',
  },
});

interface SessionRouteDeps {
  readonly auth: AuthServices;
  readonly journal: RequestJournal;
  /** Secure cookies except on loopback, where there is no TLS to require. */
  readonly secureCookies: boolean;
}

/** Staff sign-in: password, then the second factor or its enrolment, the session itself, and sign-out. */
export function sessionRoutes(deps: SessionRouteDeps): RouteDefinition[] {
  const { auth, journal } = deps;
  const answer = (sessionId: string, stage: SignInStage, user: UserView) => ({
    stage,
    csrfToken: auth.resolver.csrfTokenFor(sessionId),
    user,
  });
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      secure: deps.secureCookies,
      sameSite: 'strict',
      path: '/',
    });
  const asUser = (caller: unknown) => caller as UserCaller;

  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/session',
      access: PUBLIC,
      rateLimit: SIGN_IN_RATE_LIMIT,
      tag: 'session',
      body: signInBody,
      summary: { en: 'Sign in with email and password', fr: 'Se connecter avec courriel et mot de passe' },
      responses: { 200: { description: 'Signed in; the stage says what comes next', schema: sessionSchema } },
      async handler({ body, reply, request }) {
        const result = await auth.signIn.signIn(body.email, body.password);
        if (!result.ok) {
          await journal(request, { action: 'auth.sign_in_failed' });
          throw authProblem(result.error);
        }
        const { token, session } = await auth.sessions.createSession(result.user.id, {
          secondFactorPassed: result.stage === 'complete',
        });
        request.caller = {
          kind: 'user',
          userId: result.user.id,
          role: result.user.role,
          sessionId: session.id,
          stage: result.stage,
          user: result.user,
        };
        await journal(request, { action: result.stage === 'complete' ? 'auth.sign_in' : 'auth.password_accepted' });
        setCookie(reply, token);
        return answer(session.id, result.stage, result.user);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/session',
      access: SIGNING_IN,
      tag: 'session',
      summary: { en: 'The current session', fr: 'La session en cours' },
      responses: { 200: { description: 'The session and its user', schema: sessionSchema } },
      async handler({ caller }) {
        const user = asUser(caller);
        // The session lookup has just read the account: no second read.
        return answer(user.sessionId, user.stage, user.user);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/session/totp',
      access: SIGNING_IN,
      rateLimit: SIGN_IN_RATE_LIMIT,
      tag: 'session',
      body: secondFactorBody,
      summary: {
        en: 'Second factor: a TOTP code or a recovery code',
        fr: 'Second facteur : code TOTP ou code de récupération',
      },
      responses: { 200: { description: 'Sign-in complete', schema: sessionSchema } },
      async handler({ caller, body, request }) {
        const user = asUser(caller);
        if (user.stage !== 'totp') throw wrongStage;
        const result = await auth.signIn.verifySecondFactor(user.userId, body);
        if (!result.ok) {
          await journal(request, { action: 'auth.second_factor_failed', subject: `user:${user.userId}` });
          throw authProblem(result.error);
        }
        await auth.sessions.markSecondFactor(user.sessionId);
        await journal(request, {
          action: result.method === 'totp' ? 'auth.sign_in' : 'auth.sign_in_recovery_code',
        });
        return answer(user.sessionId, 'complete', result.user);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/session/enrolment',
      access: SIGNING_IN,
      tag: 'session',
      summary: {
        en: 'Begin two-step verification enrolment',
        fr: 'Commencer l’inscription à la vérification en deux étapes',
      },
      responses: {
        200: {
          description: 'The secret, as text and as a QR code',
          schema: enrolmentSchema,
        },
      },
      async handler({ caller }) {
        const user = asUser(caller);
        if (user.stage === 'totp') throw wrongStage;
        try {
          return await auth.users.beginTotpEnrolment(user.userId);
        } catch (error) {
          throw toProblem(error);
        }
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/session/enrolment/confirm',
      access: SIGNING_IN,
      rateLimit: SIGN_IN_RATE_LIMIT,
      tag: 'session',
      body: codeBody,
      summary: { en: 'Confirm enrolment with a first code', fr: 'Confirmer l’inscription avec un premier code' },
      responses: {
        200: {
          description: 'Enrolled; the recovery codes are shown this once',
          schema: enrolmentConfirmedSchema,
        },
      },
      async handler({ caller, body, request }) {
        const user = asUser(caller);
        if (user.stage === 'totp') throw wrongStage;
        let confirmed: Awaited<ReturnType<typeof auth.users.confirmTotpEnrolment>>;
        try {
          confirmed = await auth.users.confirmTotpEnrolment(user.userId, body.code);
        } catch (error) {
          throw toProblem(error);
        }
        await auth.sessions.markSecondFactor(user.sessionId);
        await journal(request, { action: 'auth.totp_enrolled', subject: `user:${user.userId}` });
        return { ...answer(user.sessionId, 'complete', confirmed.user), recoveryCodes: confirmed.recoveryCodes };
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/session',
      access: SIGNING_IN,
      tag: 'session',
      summary: { en: 'Sign out', fr: 'Se déconnecter' },
      responses: { 204: { description: 'Signed out; the session is revoked' } },
      async handler({ caller, reply, request }) {
        const user = asUser(caller);
        await auth.sessions.revokeSession(user.sessionId);
        await journal(request, { action: 'auth.sign_out' });
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return undefined;
      },
    }),
  ];
}
