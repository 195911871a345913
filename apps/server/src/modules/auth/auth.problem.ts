import { ProblemError } from '../../app/problem.js';
import { AuthError } from './auth.errors.js';

/** An AuthError as the API answers it: its code, status and sentence, with field errors and lock end when any. */
export function authProblem(error: AuthError): ProblemError {
  return new ProblemError({
    code: error.code,
    status: error.status,
    detail: error.text,
    ...(error.detail.fields === undefined
      ? {}
      : { errors: error.detail.fields.map((field) => ({ path: field.path, message: field.message })) }),
    ...(error.detail.lockedUntil === undefined ? {} : { extra: { lockedUntil: error.detail.lockedUntil } }),
  });
}

/** AuthErrors become their problem; anything else goes on to the error handler as an internal error. */
export function toProblem(error: unknown): unknown {
  return error instanceof AuthError ? authProblem(error) : error;
}
