import { type FormEvent, useState } from 'react';
import type { Problem } from '../../api/problem.js';
import { recordIdentityCheck } from '../../api/request-attachments.js';
import type { ConsoleMessages } from '../../i18n/console-fr.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { useMessages } from '../../shared/lang-context.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { type Said, StatusLine } from '../status-line.js';

type Outcome = 'confirmed' | 'rejected';
const OUTCOMES: readonly Outcome[] = ['confirmed', 'rejected'];

interface IdentityCheckFormProps {
  readonly requestId: string;
  readonly onRecorded: () => void;
}

/**
 * Records that staff checked an identity document, and the outcome. The server moves a request awaiting identity on
 * when confirmed; a rejection is only recorded, and nothing is sent to the requester.
 */
export function IdentityCheckForm({ requestId, onRecorded }: IdentityCheckFormProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().attachments;
  const errorPrefix = useMessages().common.errorPrefix;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (outcome === null) {
      setMissing(true);
      document.getElementById('identity-check-confirmed')?.focus();
      return;
    }
    setBusy(true);
    setSaid(null);
    const trimmed = note.trim();
    recordIdentityCheck(api, requestId, {
      method: 'document',
      outcome,
      ...(trimmed === '' ? {} : { note: trimmed }),
    }).then(
      () => {
        setProblem(null);
        setBusy(false);
        setNote('');
        setOutcome(null);
        setSaid(() => (m: ConsoleMessages) => m.attachments.recorded(outcome));
        onRecorded();
      },
      (error: unknown) => {
        setProblem(toProblem(error));
        setBusy(false);
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-busy={busy}>
      <StatusLine said={said} />
      {problem === null ? null : <ProblemAlert problem={problem} />}
      <fieldset className="field choice-group">
        <legend>{t.outcomeLegend}</legend>
        {missing ? (
          <p className="field-error" id="identity-check-error">
            <span className="visually-hidden">{errorPrefix} </span>
            {t.outcomeRequired}
          </p>
        ) : null}
        {OUTCOMES.map((value) => (
          <div className="choice" key={value}>
            <input
              type="radio"
              id={`identity-check-${value}`}
              name="identity-check-outcome"
              value={value}
              checked={outcome === value}
              onChange={() => {
                setOutcome(value);
                setMissing(false);
              }}
              aria-invalid={missing ? true : undefined}
              aria-describedby={
                [value === 'rejected' ? 'identity-check-rejected-help' : null, missing ? 'identity-check-error' : null]
                  .filter((part) => part !== null)
                  .join(' ') || undefined
              }
            />
            <label htmlFor={`identity-check-${value}`}>{t[value]}</label>
            {value === 'rejected' ? (
              <p className="choice-help" id="identity-check-rejected-help">
                {t.rejectedHelp}
              </p>
            ) : null}
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="identity-check-note">{t.note}</label>
        <p className="field-hint" id="identity-check-note-hint">
          {t.noteHint}
        </p>
        <textarea
          id="identity-check-note"
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-describedby="identity-check-note-hint"
        />
      </div>
      <button type="submit" aria-disabled={busy}>
        {t.record}
      </button>
    </form>
  );
}
