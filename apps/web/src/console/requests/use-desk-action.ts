import { useCallback, useState } from 'react';
import type { Problem } from '../../api/problem.js';
import { toProblem } from '../../shared/use-load.js';

/** One action at a time on a request: while it runs, further clicks are ignored; its refusal is kept to show. */
export function useDeskAction(): {
  readonly busy: boolean;
  readonly problem: Problem | null;
  run<T>(work: () => Promise<T>, done: (result: T) => void): void;
} {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const run = useCallback(
    <T>(work: () => Promise<T>, done: (result: T) => void) => {
      if (busy) return;
      setBusy(true);
      work().then(
        (result) => {
          setProblem(null);
          setBusy(false);
          done(result);
        },
        (error: unknown) => {
          setProblem(toProblem(error));
          setBusy(false);
        },
      );
    },
    [busy],
  );
  return { busy, problem, run };
}
