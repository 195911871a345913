import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../api/problem.js';
import { confirmEnrolment, signOut, startEnrolment } from '../../api/session.js';
import type { Enrolment, Session } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { CopyButton } from '../../shared/CopyButton.js';
import { useMessages } from '../../shared/lang-context.js';
import { TextField } from '../../shared/TextField.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';
import { isTotpCode, normaliseTotpCode } from './code-input.js';

interface EnrolmentStepProps {
  readonly onEnrolled: (session: Session, recoveryCodes: readonly string[]) => void;
  readonly onCancelled: () => void;
}

/** Setting up TOTP: the server makes a secret, the reader scans it and proves it with a first code. */
export function EnrolmentStep({ onEnrolled, onCancelled }: EnrolmentStepProps) {
  const { api } = useConsole();
  const t = useConsoleMessages();
  const common = useMessages().common;
  const [enrolment, setEnrolment] = useState<Enrolment | Problem | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Each call makes a new secret and replaces the last; keep one call per attempt even when React runs
  // the effect twice (StrictMode), so that the QR code shown is the secret the server expects.
  const started = useRef<{ attempt: number; promise: Promise<Enrolment> } | null>(null);

  useEffect(() => {
    let current = true;
    if (started.current?.attempt !== attempt) started.current = { attempt, promise: startEnrolment(api) };
    started.current.promise.then(
      (data) => current && setEnrolment(data),
      (error: unknown) => current && setEnrolment(toProblem(error)),
    );
    return () => {
      current = false;
    };
  }, [api, attempt]);

  return (
    <>
      <PageHeading>{t.enrol.title}</PageHeading>
      <p>{t.enrol.intro}</p>
      {enrolment === null ? (
        <p role="status" className="loading">
          {t.enrol.preparing}
        </p>
      ) : 'code' in enrolment ? (
        <>
          <ProblemAlert problem={enrolment} />
          <button
            type="button"
            onClick={() => {
              setEnrolment(null);
              setAttempt((n) => n + 1);
            }}
          >
            {common.retry}
          </button>
        </>
      ) : (
        <EnrolmentInstructions enrolment={enrolment} onEnrolled={onEnrolled} />
      )}
      <p>
        <button type="button" className="link-button" onClick={() => signOut(api).finally(onCancelled)}>
          {t.totp.cancel}
        </button>
      </p>
    </>
  );
}

function EnrolmentInstructions({
  enrolment,
  onEnrolled,
}: {
  enrolment: Enrolment;
  onEnrolled: EnrolmentStepProps['onEnrolled'];
}) {
  const { api } = useConsole();
  const t = useConsoleMessages();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const busy = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    const normalised = normaliseTotpCode(code);
    setProblem(null);
    setInvalid(!isTotpCode(normalised));
    if (!isTotpCode(normalised)) {
      inputRef.current?.focus();
      return;
    }
    busy.current = true;
    confirmEnrolment(api, normalised).then(
      (confirmed) => onEnrolled(confirmed, confirmed.recoveryCodes),
      (error: unknown) => {
        busy.current = false;
        setCode('');
        setProblem(toProblem(error));
        inputRef.current?.focus();
      },
    );
  };

  return (
    <ol className="steps">
      <li>{t.enrol.stepApp}</li>
      <li>
        <p>{t.enrol.stepScan}</p>
        <div
          className="qr-code"
          role="img"
          aria-label={t.enrol.qrLabel}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: an SVG the server draws from the otpauth URI; no user text in it.
          dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
        />
        <p className="secret-line">
          {t.enrol.secret} <code className="secret">{enrolment.secret}</code>{' '}
          <CopyButton
            text={enrolment.secret}
            label={t.enrol.copySecret}
            copiedMessage={t.app.copied}
            failedMessage={t.app.copyFailed}
          />
        </p>
      </li>
      <li>
        <form onSubmit={submit} noValidate>
          {problem === null ? null : <ProblemAlert problem={problem} />}
          <TextField
            ref={inputRef}
            id="enrol-code"
            label={t.totp.code}
            hint={t.enrol.stepCode}
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            value={code}
            onValueChange={setCode}
            error={invalid ? t.totp.codeFormat : undefined}
          />
          <button type="submit">{t.enrol.submit}</button>
        </form>
      </li>
    </ol>
  );
}
