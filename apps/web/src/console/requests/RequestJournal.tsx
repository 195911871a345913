import { useCallback } from 'react';
import { requestJournal } from '../../api/desk-actions.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { formatDateTime } from '../../shared/format.js';
import { useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';

interface RequestJournalProps {
  readonly requestId: string;
  /** Changes after every action on the request, so that its new entries appear. */
  readonly version: number;
}

/** The journal entries about this request, newest first: who did what, and when. */
export function RequestJournal({ requestId, version }: RequestJournalProps) {
  const { api, lang } = useConsole();
  const t = useConsoleMessages().desk;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger.
  const load = useCallback(() => requestJournal(api, requestId), [api, requestId, version]);
  const { state } = useLoad(load);
  return (
    <section aria-labelledby="request-journal-title">
      <h2 id="request-journal-title">{t.journalTitle}</h2>
      {state.status === 'loading' ? null : state.status === 'error' ? (
        <ProblemAlert problem={state.problem} />
      ) : state.data.length === 0 ? (
        <p>{t.journalEmpty}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t.journalCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.journalWhen}</th>
                <th scope="col">{t.journalWho}</th>
                <th scope="col">{t.journalWhat}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((entry) => (
                <tr key={entry.seq}>
                  <td>
                    <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
                  </td>
                  <td>{entry.actor}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
