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
import { AssigneeControl } from './AssigneeControl.js';
import { AttachmentsPanel } from './AttachmentsPanel.js';
import { LetterPanel } from './LetterPanel.js';
import { PlanPanel } from './PlanPanel.js';
import { RefuseForm } from './RefuseForm.js';
import { RequestFacts } from './RequestFacts.js';
import { RequestJournal } from './RequestJournal.js';
import { canManageRequests, isFinalState } from './request-permissions.js';
import { TransitionsPanel } from './TransitionsPanel.js';

interface RequestViewProps {
  readonly id: string;
  readonly role: Role;
  /** The signed-in staff member, for "assign to me". */
  readonly userId: string;
  readonly onBack: () => void;
}

/** One request: who asks and what, its clock and history, its plan and results, and what this role may do. */
export function RequestView({ id, role, userId, onBack }: RequestViewProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().requests;
  const common = useMessages().common;
  const load = useCallback(() => getRequest(api, id), [api, id]);
  const { state, reload, replace } = useLoad(load);
  const [said, setSaid] = useState<Said | null>(null);
  // Bumped after every change, so that the request's journal shows the new entries.
  const [version, setVersion] = useState(0);
  // After an action the request is read again in place, so that the view (and focus) stays where it is.
  const refresh = useCallback(() => {
    getRequest(api, id).then(replace, reload);
  }, [api, id, replace, reload]);
  // The answer of a change is shown at once; the request is then read again for what only a reading returns
  // (the letters sent, the identity check).
  const changed = useCallback(
    (updated: RequestDetail, what: Said) => {
      replace(updated);
      setSaid(() => what);
      setVersion((n) => n + 1);
      refresh();
    },
    [replace, refresh],
  );
  // A letter sent changes the request's list of letters: read it again.
  const sent = useCallback(
    (what: Said) => {
      setSaid(() => what);
      setVersion((n) => n + 1);
      refresh();
    },
    [refresh],
  );

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
      <AssigneeControl request={request} userId={userId} canManage={canManageRequests(role)} onChanged={changed} />
      <AttachmentsPanel request={request} role={role} onChanged={refresh} />
      <PlanPanel requestId={request.id} requestState={request.state} role={role} onChanged={refresh} />
      {open && canManageRequests(role) ? <TransitionsPanel request={request} onChanged={changed} /> : null}
      {open && canManageRequests(role) ? (
        <RefuseForm
          requestId={request.id}
          onRefused={(refused) => {
            replace(refused);
            setSaid(() => (m: ConsoleMessages) => m.requests.refused);
          }}
        />
      ) : null}
      {request.state === 'withdrawn' ? null : (
        <LetterPanel request={request} canSend={canManageRequests(role)} onSent={sent} />
      )}
      <RequestJournal requestId={request.id} version={version} />
    </>
  );
}
