import type { ApiClient } from './client.js';
import { ApiError } from './problem.js';
import type { Enrolment, EnrolmentConfirmed, Session } from './types.js';

/** The current session, or null when nobody is signed in (the server answers 401). */
export async function getSession(api: ApiClient): Promise<Session | null> {
  try {
    return await api.get<Session>('/api/v1/session');
  } catch (error) {
    if (error instanceof ApiError && error.problem.status === 401) return null;
    throw error;
  }
}

export function signIn(api: ApiClient, email: string, password: string): Promise<Session> {
  return api.send('POST', '/api/v1/session', { email, password });
}

type SecondFactor = { readonly code: string } | { readonly recoveryCode: string };

export function submitSecondFactor(api: ApiClient, factor: SecondFactor): Promise<Session> {
  return api.send('POST', '/api/v1/session/totp', factor);
}

export function startEnrolment(api: ApiClient): Promise<Enrolment> {
  return api.send('POST', '/api/v1/session/enrolment');
}

export function confirmEnrolment(api: ApiClient, code: string): Promise<EnrolmentConfirmed> {
  return api.send('POST', '/api/v1/session/enrolment/confirm', { code });
}

export async function signOut(api: ApiClient): Promise<void> {
  await api.send('DELETE', '/api/v1/session');
}
