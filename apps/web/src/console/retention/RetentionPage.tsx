import { useCallback, useState } from 'react';
import type { Problem } from '../../api/problem.js';
import { retentionPlan, retentionRuns, runRetentionNow } from '../../api/retention.js';
import type { SessionUser } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { ScrollTable } from '../../shared/ScrollTable.js';
import { toProblem, useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';
import { type Said, StatusLine } from '../status-line.js';

// retention.manage, as the server grants it: others are not offered the button.
const MANAGERS: readonly string[] = ['owner', 'privacy_officer'];

/** What the retention rules make due now in each dataset, what the last runs did, and a run on demand. */
export function RetentionPage({ user }: { user: SessionUser }) {
  const { api } = useConsole();
  const t = useConsoleMessages().retention;
  const plan = useLoad(useCallback(() => retentionPlan(api), [api]));
  const runs = useLoad(useCallback(() => retentionRuns(api), [api]));
  const [said, setSaid] = useState<Said | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const runNow = async () => {
    setProblem(null);
    try {
      await runRetentionNow(api);
      setSaid(() => (m: Parameters<Said>[0]) => m.retention.queued);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      {MANAGERS.includes(user.role) ? (
        <p>
          <button type="button" onClick={runNow}>
            {t.runNow}
          </button>
        </p>
      ) : null}
      <StatusLine said={said} />
      {problem === null ? null : <ProblemAlert problem={problem} />}
      {plan.state.status === 'loading' ? null : plan.state.status === 'error' ? (
        <ProblemAlert problem={plan.state.problem} />
      ) : (
        <ScrollTable captionId="retention-plan-caption">
          <table>
            <caption id="retention-plan-caption">{t.planCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.table}</th>
                <th scope="col">{t.rule}</th>
                <th scope="col">{t.citation}</th>
                <th scope="col">{t.cutoff}</th>
                <th scope="col">{t.due}</th>
                <th scope="col">{t.spared}</th>
              </tr>
            </thead>
            <tbody>
              {plan.state.data.datasets.flatMap((d) =>
                d.ok
                  ? d.tables.map((row) => (
                      <tr key={`${d.dataset}/${row.table}`}>
                        <th scope="row">{`${d.dataset} / ${row.table}`}</th>
                        <td>{row.rule}</td>
                        <td>{row.citation ?? t.none}</td>
                        <td>{row.cutoff?.slice(0, 10) ?? t.none}</td>
                        <td>{row.counts.due}</td>
                        <td>{row.counts.exceptions + row.counts.holds + row.counts.referenced}</td>
                      </tr>
                    ))
                  : [
                      <tr key={d.dataset}>
                        <th scope="row">{d.dataset}</th>
                        <td colSpan={5}>{t.unreachable(d.code ?? '')}</td>
                      </tr>,
                    ],
              )}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {runs.state.status === 'loading' ? null : runs.state.status === 'error' ? (
        <ProblemAlert problem={runs.state.problem} />
      ) : (
        <ScrollTable captionId="retention-runs-caption">
          <table>
            <caption id="retention-runs-caption">{t.runsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.table}</th>
                <th scope="col">{t.finished}</th>
                <th scope="col">{t.rule}</th>
                <th scope="col">{t.destroyed}</th>
                <th scope="col">{t.anonymized}</th>
                <th scope="col">{t.spared}</th>
                <th scope="col">{t.outcome}</th>
              </tr>
            </thead>
            <tbody>
              {runs.state.data.runs.map((run) => (
                <tr key={run.id}>
                  <th scope="row">{run.table === null ? run.dataset : `${run.dataset} / ${run.table}`}</th>
                  <td>{`${run.finishedAt.slice(0, 16).replace('T', ' ')} UTC`}</td>
                  <td>{run.rule ?? t.none}</td>
                  <td>{run.destroyed}</td>
                  <td>{run.anonymized}</td>
                  <td>{run.spared}</td>
                  <td>{run.outcome === 'ok' ? t.ok : t.failed(run.errorCode ?? '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
