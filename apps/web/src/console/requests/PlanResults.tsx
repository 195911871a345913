import type { SystemOutcome } from '../../api/types.js';
import { useConsoleMessages } from '../console-context.js';

/** What each system did once the approved plan ran: counts and outcomes, never values. */
export function PlanResults({ results }: { results: readonly SystemOutcome[] }) {
  const t = useConsoleMessages().requests;
  return (
    <section aria-labelledby="results-title">
      <h3 id="results-title">{t.resultsTitle}</h3>
      {results.length === 0 ? (
        <p>{t.noResults}</p>
      ) : (
        <ul>
          {results.map((result) => (
            <li key={result.dataset}>
              <code>{result.dataset}</code> — {result.ok ? t.resultOk : t.resultFailed(result.code)}
              {result.ok ? <OutcomeDetails result={result} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OutcomeDetails({ result }: { result: Extract<SystemOutcome, { ok: true }> }) {
  const t = useConsoleMessages().requests;
  return (
    <ul>
      {result.exportedRows === undefined ? null : <li>{t.exportedRows(result.exportedRows)}</li>}
      {result.rectifiedRows === undefined ? null : <li>{t.rectifiedRows(result.rectifiedRows)}</li>}
      {(result.erased ?? []).map((table) => (
        <li key={table.table}>{t.erasedTable(table.table, table.deleted, table.masked, table.kept)}</li>
      ))}
    </ul>
  );
}
