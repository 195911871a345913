import { type FormEvent, useMemo, useRef, useState } from 'react';
import { createApiClient } from '../api/client.js';
import type { Problem } from '../api/problem.js';
import { renewCode, type VerifiedRequest, verifyRequest } from '../api/requests.js';
import { ProblemAlert, StatusMessage } from '../shared/Alert.js';
import { useLang, useMessages } from '../shared/lang-context.js';
import { TextField } from '../shared/TextField.js';
import { toProblem } from '../shared/use-load.js';

const VERIFICATION_FAILED = 'requests.verification_failed';

interface CodeFormProps {
  /** The request's reference when the page knows it (just submitted, or from the link); asked for otherwise. */
  readonly reference?: string;
  readonly onVerified: (verified: VerifiedRequest) => void;
}

/** The emailed 6-digit code, and a way to have a new one sent. */
export function CodeForm({ reference: knownReference, onVerified }: CodeFormProps) {
  const lang = useLang();
  const messages = useMessages();
  const t = messages.verification;
  const api = useMemo(() => createApiClient({ language: () => lang }), [lang]);
  const [reference, setReference] = useState(knownReference ?? '');
  const [code, setCode] = useState('');
  const [error, setError] = useState<{ reference?: string; code?: string }>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [renewed, setRenewed] = useState<string | null>(null);
  const busy = useRef(false);
  const referenceRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  const fail = (failure: unknown) => {
    busy.current = false;
    const found = toProblem(failure);
    // One message for a wrong, expired or worn-out code: it is about the code, so it goes under the code.
    if (found.code === VERIFICATION_FAILED) {
      setError({ code: found.detail[lang] });
      codeRef.current?.focus();
    } else setProblem(found);
  };

  const needReference = (): string | null => {
    const trimmed = reference.trim().toUpperCase();
    if (trimmed !== '') return trimmed;
    setError({ reference: t.errors.referenceRequired });
    referenceRef.current?.focus();
    return null;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    setProblem(null);
    setRenewed(null);
    setError({});
    const ref = needReference();
    if (ref === null) return;
    // Spaces and dashes people type for readability are not part of the code.
    const digits = code.replace(/[\s-]/g, '');
    if (!/^\d{6}$/.test(digits)) {
      setError({ code: t.errors.codeFormat });
      codeRef.current?.focus();
      return;
    }
    busy.current = true;
    verifyRequest(api, { reference: ref, code: digits }).then(onVerified, fail);
  };

  const renew = () => {
    if (busy.current) return;
    setProblem(null);
    setRenewed(null);
    setError({});
    const ref = needReference();
    if (ref === null) return;
    busy.current = true;
    renewCode(api, { reference: ref }).then((accepted) => {
      busy.current = false;
      setCode('');
      setRenewed(accepted.message);
      codeRef.current?.focus();
    }, fail);
  };

  return (
    <form onSubmit={submit} noValidate className="code-form">
      {problem === null ? null : <ProblemAlert problem={problem} />}
      {renewed === null ? null : <StatusMessage>{renewed}</StatusMessage>}
      {knownReference === undefined ? (
        <TextField
          ref={referenceRef}
          id="verification-reference"
          label={t.reference}
          hint={t.referenceFormatHint}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={reference}
          onValueChange={setReference}
          error={error.reference}
        />
      ) : null}
      <TextField
        ref={codeRef}
        id="verification-code"
        label={t.code}
        hint={t.codeHint}
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        className="code-input"
        value={code}
        onValueChange={setCode}
        error={error.code}
      />
      <div className="form-actions">
        <button type="submit">{t.confirm}</button>
        <button type="button" className="button-secondary" onClick={renew}>
          {t.renew}
        </button>
      </div>
    </form>
  );
}
