import { useCallback, useEffect, useState } from 'react';
import type { Problem } from '../../api/problem.js';
import { approvePlan, getPlan, type PlanAndResults, preparePlan } from '../../api/request-desk.js';
import type { Role } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { useMessages } from '../../shared/lang-context.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { type Said, StatusLine } from '../status-line.js';
import { ExternalTasks } from './ExternalTasks.js';
import { PlanResults } from './PlanResults.js';
import { PlanSystems } from './PlanSystems.js';
import { canApprovePlans, canManageRequests } from './request-permissions.js';

interface PlanPanelProps {
  readonly requestId: string;
  readonly requestState: string;
  readonly role: Role;
  /** The request's state moved (planned: awaiting approval); the view reads it again. */
  readonly onChanged: () => void;
}

type Loaded = { readonly status: 'loading' } | { readonly status: 'ok'; readonly data: PlanAndResults | null };

/**
 * The plan of the request, per system, with the actions the role allows: prepare it while the request is in
 * progress, approve it while it awaits approval, then read what each system did.
 */
export function PlanPanel({ requestId, requestState, role, onChanged }: PlanPanelProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().requests;
  const common = useMessages().common;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const [busy, setBusy] = useState(false);
  // The request stays awaiting approval until the queued job has run; the plan does not say it was approved.
  const [approved, setApproved] = useState(false);

  const load = useCallback(() => {
    return getPlan(api, requestId).then(
      (data) => setLoaded({ status: 'ok', data }),
      (error: unknown) => {
        const found = toProblem(error);
        // No plan yet is a state of the request, not a failure.
        if (found.code === 'fulfilment.no_plan') setLoaded({ status: 'ok', data: null });
        else setProblem(found);
      },
    );
  }, [api, requestId]);

  useEffect(() => {
    load();
  }, [load]);

  const act = (work: () => Promise<Said>) => {
    if (busy) return;
    setBusy(true);
    setSaid(null);
    work().then(
      (done) => {
        setProblem(null);
        setSaid(() => done);
        setBusy(false);
        return load();
      },
      (error: unknown) => {
        setProblem(toProblem(error));
        setBusy(false);
      },
    );
  };

  const prepare = () =>
    act(async () => {
      await preparePlan(api, requestId);
      onChanged();
      return (m) => m.requests.planPrepared;
    });
  const approve = () =>
    act(async () => {
      const queued = await approvePlan(api, requestId);
      setApproved(true);
      onChanged();
      return (m) => (queued ? m.requests.approved : m.requests.alreadyApproved);
    });

  const data = loaded.status === 'ok' ? loaded.data : null;
  const mayPrepare = canManageRequests(role) && requestState === 'in-progress';
  const awaitsApproval = requestState === 'awaiting-approval' && data !== null && !approved;

  return (
    <section aria-labelledby="plan-title" aria-busy={busy}>
      <h2 id="plan-title">{t.planTitle}</h2>
      <p>{t.planIntro}</p>
      <StatusLine said={said} />
      {problem === null ? null : <ProblemAlert problem={problem} />}
      {loaded.status === 'loading' ? (
        problem === null ? (
          <p className="loading">{common.loading}</p>
        ) : null
      ) : data === null ? (
        <p>{t.noPlan}</p>
      ) : (
        <>
          <PlanSystems plan={data.plan} />
          <PlanResults results={data.results} />
          <ExternalTasks requestId={requestId} role={role} onChanged={onChanged} />
        </>
      )}
      <div className="form-actions">
        {mayPrepare ? (
          <button type="button" aria-disabled={busy} onClick={prepare}>
            {busy ? t.preparing : t.preparePlan}
          </button>
        ) : null}
        {awaitsApproval && canApprovePlans(role) ? (
          <button type="button" aria-disabled={busy} onClick={approve}>
            {t.approve}
          </button>
        ) : null}
      </div>
      {awaitsApproval && !canApprovePlans(role) ? <p>{t.approvalNeeded}</p> : null}
    </section>
  );
}
