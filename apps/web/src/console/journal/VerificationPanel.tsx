import { useCallback } from 'react';
import { verifyJournal } from '../../api/journal.js';
import type { JournalVerification } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { formatDateTime } from '../../shared/format.js';
import { useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';

/**
 * The journal's integrity, checked by the server over the whole chain and its signed checkpoints when the
 * page opens and on demand. The result is in a live region: "Verify now" is announced when it answers.
 */
export function VerificationPanel() {
  const { api } = useConsole();
  const t = useConsoleMessages().journal;
  const load = useCallback(() => verifyJournal(api), [api]);
  const { state, reload } = useLoad(load);

  return (
    <section className="card verification" aria-labelledby="verification-title">
      <h2 id="verification-title">{t.verificationTitle}</h2>
      <div aria-live="polite" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' ? (
          <p className="loading">{t.verifying}</p>
        ) : state.status === 'error' ? (
          <ProblemAlert problem={state.problem} />
        ) : (
          <VerificationResult result={state.data} />
        )}
      </div>
      <button type="button" onClick={reload}>
        {t.verifyNow}
      </button>
    </section>
  );
}

function VerificationResult({ result }: { result: JournalVerification }) {
  const { lang } = useConsole();
  const t = useConsoleMessages().journal;
  const at = formatDateTime(result.verifiedAt, lang);
  if (result.ok) {
    return <p className="verdict verdict-ok">{t.intact(result.entries, result.checkpoints, at)}</p>;
  }
  return (
    <div className="verdict verdict-broken" role="alert">
      <p className="verdict-title">{t.broken(result.entries, at)}</p>
      {result.problem === undefined ? null : <p>{result.problem.message[lang]}</p>}
    </div>
  );
}
