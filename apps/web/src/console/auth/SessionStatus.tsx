import type { Problem } from '../../api/problem.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { useMessages } from '../../shared/lang-context.js';
import { useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';

/** While the console asks the server whether a session exists. */
export function SessionChecking() {
  return (
    <p role="status" className="loading">
      {useMessages().common.loading}
    </p>
  );
}

/** The server could not be asked (down, offline): say so and offer to try again. */
export function SessionUnavailable({ problem, onRetry }: { problem: Problem; onRetry: () => void }) {
  const t = useConsoleMessages();
  return (
    <>
      <PageHeading>{t.app.sessionCheckFailed}</PageHeading>
      <ProblemAlert problem={problem} />
      <button type="button" onClick={onRetry}>
        {useMessages().common.retry}
      </button>
    </>
  );
}
