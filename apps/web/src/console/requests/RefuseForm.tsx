import { type FormEvent, useState } from 'react';
import type { Problem } from '../../api/problem.js';
import { moveRequest } from '../../api/request-desk.js';
import type { RequestDetail } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';

interface RefuseFormProps {
  readonly requestId: string;
  readonly onRefused: (request: RequestDetail) => void;
}

/**
 * Refuses the request on a ground of the deadline pack; the server checks that the request's regime allows it
 * and answers with a problem otherwise.
 */
export function RefuseForm({ requestId, onRefused }: RefuseFormProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().requests;
  const [ground, setGround] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (ground === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    moveRequest(api, requestId, { to: 'refused', reason: ground }).then(
      (request) => {
        setProblem(null);
        setBusy(false);
        onRefused(request);
      },
      (error: unknown) => {
        setProblem(toProblem(error));
        setBusy(false);
      },
    );
  };

  return (
    <section aria-labelledby="refuse-title">
      <h2 id="refuse-title">{t.refuseTitle}</h2>
      {problem === null ? null : <ProblemAlert problem={problem} />}
      <form noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor="refusal-ground">{t.refusalGround}</label>
          {missing ? (
            <p className="field-error" id="refusal-ground-error">
              {t.groundRequired}
            </p>
          ) : null}
          <select
            id="refusal-ground"
            value={ground}
            aria-invalid={missing}
            aria-describedby={missing ? 'refusal-ground-error' : undefined}
            onChange={(event) => {
              setGround(event.target.value);
              setMissing(false);
            }}
          >
            <option value="">{t.chooseGround}</option>
            {Object.entries(t.grounds).map(([code, words]) => (
              <option key={code} value={code}>
                {words}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-danger" aria-disabled={busy}>
          {t.refuse}
        </button>
      </form>
    </section>
  );
}
