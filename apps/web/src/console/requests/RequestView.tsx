import { useCallback, useState } from 'react';
import { getRequest } from '../../api/request-desk.js';
import type { RequestDetail, Role } from '../../api/types.js';
import type { ConsoleMessages } from '../../i18n/console-fr.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { useMessages } from '../../shared/lang-context.js';
import { useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';
import { type Said, StatusLine } from '../status-line.js';
import { PlanPanel } from './PlanPanel.js';
import { RefuseForm } from './RefuseForm.js';
import { RequestFacts } from './RequestFacts.js';
import { canManageRequests, isFinalState } from './request-permissions.js';

interface RequestViewProps {
  readonly id: string;
  readonly role: Role;
  readonly onBack: () => void;
}

/** One request: who asks and what, its clock and history, its plan and results, and what this role may do. */
export function RequestView({ id, role, onBack }: RequestViewProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().requests;
  const common = useMessages().common;
  const load = useCallback(() => getRequest(api, id), [api, id]);
  const { state, reload, replace } = useLoad(load);
  const [said, setSaid] = useState<Said | null>(null);
  // After an action the request is read again in place, so that the view (and focus) stays where it is.
  const refresh = useCallback(() => {
    getRequest(api, id).then(replace, reload);
  }, [api, id, replace, reload]);

  const back = (
    <p>
      <button type="button" className="link-button" onClick={onBack}>
        {t.backToList}
      </button>
    </p>
  );
  if (state.status === 'loading') {
    return (
      <>
        {back}
        <p className="loading">{t.loadingRequest}</p>
      </>
    );
  }
  if (state.status === 'error') {
    return (
      <>
        {back}
        <ProblemAlert problem={state.problem} />
        <button type="button" onClick={reload}>
          {common.retry}
        </button>
      </>
    );
  }
  const request: RequestDetail = state.data;
  const open = !isFinalState(request.state);
  return (
    <>
      {back}
      <PageHeading>{t.detailTitle(request.reference)}</PageHeading>
      <StatusLine said={said} />
      <RequestFacts request={request} />
      <PlanPanel requestId={request.id} requestState={request.state} role={role} onChanged={refresh} />
      {open && canManageRequests(role) ? (
        <RefuseForm
          requestId={request.id}
          onRefused={(refused) => {
            replace(refused);
            setSaid(() => (m: ConsoleMessages) => m.requests.refused);
          }}
        />
      ) : null}
    </>
  );
}
