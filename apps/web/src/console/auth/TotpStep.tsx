import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Problem } from '../../api/problem.js';
import { signOut, submitSecondFactor } from '../../api/session.js';
import type { Session } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { TextField } from '../../shared/TextField.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';
import { isTotpCode, normaliseTotpCode } from './code-input.js';

interface TotpStepProps {
  readonly onSession: (session: Session) => void;
  readonly onCancelled: () => void;
}

/** The second factor: a code from the authenticator app, or one of the recovery codes. */
export function TotpStep({ onSession, onCancelled }: TotpStepProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().totp;
  const [mode, setMode] = useState<'app' | 'recovery'>('app');
  const [value, setValue] = useState('');
  const [error, setError] = useState<'codeFormat' | 'recoveryRequired' | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const busy = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const switchMode = () => {
    // Rendered at once so that the new field exists to take focus: the reader types straight away.
    flushSync(() => {
      setMode(mode === 'app' ? 'recovery' : 'app');
      setValue('');
      setError(null);
      setProblem(null);
    });
    inputRef.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    setProblem(null);
    const code = mode === 'app' ? normaliseTotpCode(value) : value.trim();
    const invalid = mode === 'app' ? (isTotpCode(code) ? null : 'codeFormat') : code === '' ? 'recoveryRequired' : null;
    setError(invalid);
    if (invalid !== null) {
      inputRef.current?.focus();
      return;
    }
    busy.current = true;
    submitSecondFactor(api, mode === 'app' ? { code } : { recoveryCode: code }).then(onSession, (failure: unknown) => {
      busy.current = false;
      setValue('');
      setProblem(toProblem(failure));
      inputRef.current?.focus();
    });
  };

  const cancel = () => {
    // Whatever the server answers, the reader wants the sign-in form back.
    signOut(api).finally(onCancelled);
  };

  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <p>{mode === 'app' ? t.intro : t.recoveryIntro}</p>
      <form onSubmit={submit} noValidate>
        {problem === null ? null : <ProblemAlert problem={problem} />}
        {mode === 'app' ? (
          <TextField
            key="app"
            ref={inputRef}
            id="totp-code"
            label={t.code}
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            value={value}
            onValueChange={setValue}
            error={error === null ? undefined : t[error]}
          />
        ) : (
          <TextField
            key="recovery"
            ref={inputRef}
            id="totp-recovery-code"
            label={t.recoveryCode}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={value}
            onValueChange={setValue}
            error={error === null ? undefined : t[error]}
          />
        )}
        <div className="form-actions">
          <button type="submit">{t.submit}</button>
          <button type="button" className="button-quiet" onClick={switchMode}>
            {mode === 'app' ? t.useRecoveryCode : t.useAppCode}
          </button>
        </div>
      </form>
      <p>
        <button type="button" className="link-button" onClick={cancel}>
          {t.cancel}
        </button>
      </p>
    </>
  );
}
