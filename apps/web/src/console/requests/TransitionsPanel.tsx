import { type FormEvent, useState } from 'react';
import { extendRequest } from '../../api/desk-actions.js';
import { moveRequest } from '../../api/request-desk.js';
import type { RequestDetail, RequestTransition } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import type { Said } from '../status-line.js';
import { labelOf } from './labels.js';
import { useDeskAction } from './use-desk-action.js';

interface TransitionsPanelProps {
  readonly request: RequestDetail;
  readonly onChanged: (request: RequestDetail, said: Said) => void;
}

/**
 * The moves the lifecycle allows from the request's state (the server lists them), a partial refusal with its
 * ground, and the extension with notice where the regime provides one. Refusal and approval have their own panels.
 */
export function TransitionsPanel({ request, onChanged }: TransitionsPanelProps) {
  const { api, lang } = useConsole();
  const messages = useConsoleMessages();
  const t = messages.desk;
  const action = useDeskAction();
  const [ground, setGround] = useState('');
  const [groundMissing, setGroundMissing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const simpleMoves = request.moves.filter((to) => t.moves[to] !== undefined);
  const moved = (updated: RequestDetail) =>
    onChanged(updated, (m) => m.desk.moved(labelOf(m.requests.states, updated.state)));

  const refuseInPart = (event: FormEvent) => {
    event.preventDefault();
    if (ground === '') {
      setGroundMissing(true);
      return;
    }
    action.run(() => moveRequest(api, request.id, { to: 'partly-refused', reason: ground }), moved);
  };
  const extend = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    action.run(
      () => extendRequest(api, request.id, reason.trim()),
      (updated) => onChanged(updated, (m) => m.desk.extended),
    );
  };

  return (
    <section aria-labelledby="transitions-title">
      <h2 id="transitions-title">{t.transitionsTitle}</h2>
      <p>{t.transitionsIntro}</p>
      {request.extension === undefined ? null : (
        <p>
          {t.extendedOn(
            formatDateTime(request.extension.noticeAt, lang),
            formatDate(request.extension.initialDue, lang),
          )}
        </p>
      )}
      {action.problem === null ? null : <ProblemAlert problem={action.problem} />}
      {simpleMoves.length === 0 ? null : (
        <ul className="actions-list">
          {simpleMoves.map((to) => (
            <li key={to}>
              <button
                type="button"
                aria-disabled={action.busy}
                onClick={() =>
                  action.run(() => moveRequest(api, request.id, { to: to as RequestTransition['to'] }), moved)
                }
              >
                {t.moves[to]}
              </button>
            </li>
          ))}
        </ul>
      )}
      {request.moves.includes('partly-refused') ? (
        <form noValidate onSubmit={refuseInPart} aria-labelledby="partial-title">
          <h3 id="partial-title">{t.partialTitle}</h3>
          <div className="field">
            <label htmlFor="partial-ground">{t.partialGround}</label>
            {groundMissing ? (
              <p className="field-error" id="partial-ground-error">
                {messages.requests.groundRequired}
              </p>
            ) : null}
            <select
              id="partial-ground"
              value={ground}
              aria-invalid={groundMissing}
              aria-describedby={groundMissing ? 'partial-ground-error' : undefined}
              onChange={(event) => {
                setGround(event.target.value);
                setGroundMissing(false);
              }}
            >
              <option value="">{messages.requests.chooseGround}</option>
              {Object.entries(messages.requests.grounds).map(([code, words]) => (
                <option key={code} value={code}>
                  {words}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button-danger" aria-disabled={action.busy}>
            {t.partialRefuse}
          </button>
        </form>
      ) : null}
      {request.canExtend ? (
        <form noValidate onSubmit={extend} aria-labelledby="extension-title">
          <h3 id="extension-title">{t.extensionTitle}</h3>
          <div className="field">
            <label htmlFor="extension-reason">{t.extensionReason}</label>
            {reasonMissing ? (
              <p className="field-error" id="extension-reason-error">
                {t.reasonRequired}
              </p>
            ) : null}
            <textarea
              id="extension-reason"
              value={reason}
              maxLength={1000}
              aria-invalid={reasonMissing}
              aria-describedby={reasonMissing ? 'extension-reason-error' : undefined}
              onChange={(event) => {
                setReason(event.target.value);
                setReasonMissing(false);
              }}
            />
          </div>
          <button type="submit" aria-disabled={action.busy}>
            {t.extend}
          </button>
        </form>
      ) : null}
    </section>
  );
}
