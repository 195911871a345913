import { useCallback, useEffect, useState } from 'react';
import { ApiError, localProblem, type Problem } from '../api/problem.js';

type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly data: T }
  | { readonly status: 'error'; readonly problem: Problem };

/** Any rejection as a Problem: the API's own, or "unexpected" for anything else (never a stack trace). */
export function toProblem(error: unknown): Problem {
  return error instanceof ApiError ? error.problem : localProblem('response.unexpected');
}

/**
 * Runs `load` when the component appears and whenever `load` changes (callers wrap it in useCallback),
 * ignoring answers that arrive after the component moved on. `reload` asks again; `replace` puts in data
 * the page already has (the answer of a change), without a round trip.
 */
export function useLoad<T>(load: () => Promise<T>): {
  readonly state: Loaded<T>;
  readonly reload: () => void;
  readonly replace: (data: T) => void;
} {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'ok', data }),
      (error: unknown) => current && setState({ status: 'error', problem: toProblem(error) }),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((data: T) => setState({ status: 'ok', data }), []);
  return { state, reload, replace };
}
