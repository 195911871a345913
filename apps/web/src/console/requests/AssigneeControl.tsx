import { type FormEvent, useCallback, useState } from 'react';
import { assignRequest, listAssignees } from '../../api/desk-actions.js';
import type { RequestDetail } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import type { Said } from '../status-line.js';
import { useDeskAction } from './use-desk-action.js';

interface AssigneeControlProps {
  readonly request: RequestDetail;
  /** The signed-in staff member, for "assign to me". */
  readonly userId: string;
  readonly canManage: boolean;
  readonly onChanged: (request: RequestDetail, said: Said) => void;
}

/** Who answers the request: shown to every reader, changed by those who manage requests. */
export function AssigneeControl({ request, userId, canManage, onChanged }: AssigneeControlProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().desk;
  const load = useCallback(() => listAssignees(api), [api]);
  const { state } = useLoad(load);
  const [choice, setChoice] = useState(request.assigneeId ?? '');
  const action = useDeskAction();
  const staff = state.status === 'ok' ? state.data : [];
  const nameOf = (id: string | undefined) =>
    id === undefined ? undefined : (staff.find((s) => s.id === id)?.displayName ?? id);

  const assign = (to: string | null) =>
    action.run(
      () => assignRequest(api, request.id, to),
      (updated) => {
        setChoice(updated.assigneeId ?? '');
        const name = nameOf(updated.assigneeId);
        onChanged(updated, (m) => (name === undefined ? m.desk.unassigned : m.desk.assigned(name)));
      },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    assign(choice === '' ? null : choice);
  };

  return (
    <section aria-labelledby="assignee-title">
      <h2 id="assignee-title">{t.assigneeTitle}</h2>
      <p>{nameOf(request.assigneeId) ?? t.nobody}</p>
      {action.problem === null ? null : <ProblemAlert problem={action.problem} />}
      {canManage ? (
        <form className="filters" onSubmit={submit}>
          <div className="field">
            <label htmlFor="assignee">{t.assignee}</label>
            <select id="assignee" value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">{t.nobody}</option>
              {staff.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.displayName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <button type="submit" aria-disabled={action.busy}>
              {t.assign}
            </button>
          </div>
          {request.assigneeId === userId ? null : (
            <div className="field">
              <button type="button" className="button-quiet" aria-disabled={action.busy} onClick={() => assign(userId)}>
                {t.assignToMe}
              </button>
            </div>
          )}
        </form>
      ) : null}
    </section>
  );
}
