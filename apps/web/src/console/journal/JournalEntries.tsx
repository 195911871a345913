import { useEffect, useState } from 'react';
import { getJournalPage } from '../../api/journal.js';
import type { Problem } from '../../api/problem.js';
import type { JournalPage } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { useMessages } from '../../shared/lang-context.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { JournalTable } from './JournalTable.js';

/**
 * The entries, newest first, a page at a time. The `before` of every page seen is kept so that "Newer"
 * goes back exactly; the table stays on screen while the next page loads so that focus stays on the button.
 */
export function JournalEntries() {
  const { api } = useConsole();
  const t = useConsoleMessages().journal;
  const common = useMessages().common;
  const [cursors, setCursors] = useState<readonly (number | null)[]>([null]);
  const [page, setPage] = useState<JournalPage | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const before = cursors.at(-1) ?? null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let current = true;
    setBusy(true);
    getJournalPage(api, before).then(
      (next) => {
        if (!current) return;
        setPage(next);
        setProblem(null);
        setBusy(false);
      },
      (error: unknown) => {
        if (!current) return;
        setProblem(toProblem(error));
        setBusy(false);
      },
    );
    return () => {
      current = false;
    };
  }, [api, before, attempt]);

  const nextBefore = page?.nextBefore ?? null;
  const canGoOlder = !busy && nextBefore !== null;
  const canGoNewer = !busy && cursors.length > 1;

  return (
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">{t.entriesTitle}</h2>
      {problem === null ? null : (
        <>
          <ProblemAlert problem={problem} />
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {common.retry}
          </button>
        </>
      )}
      {page === null ? (
        problem === null ? (
          <p className="loading">{common.loading}</p>
        ) : null
      ) : page.entries.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <>
          <JournalTable entries={page.entries} busy={busy} />
          <nav className="pager" aria-label={t.paging}>
            <button
              type="button"
              className="button-secondary"
              aria-disabled={!canGoNewer}
              onClick={() => canGoNewer && setCursors(cursors.slice(0, -1))}
            >
              {t.newer}
            </button>
            <button
              type="button"
              className="button-secondary"
              aria-disabled={!canGoOlder}
              onClick={() => canGoOlder && setCursors([...cursors, nextBefore])}
            >
              {t.older}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
