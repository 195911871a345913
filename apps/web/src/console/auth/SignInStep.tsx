import { type FormEvent, useRef, useState } from 'react';
import type { Problem } from '../../api/problem.js';
import { signIn } from '../../api/session.js';
import type { Session } from '../../api/types.js';
import { ProblemAlert, StatusMessage } from '../../shared/Alert.js';
import { TextField } from '../../shared/TextField.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';

type SignInError = 'emailRequired' | 'passwordRequired';

interface SignInStepProps {
  readonly notice: 'signed-out' | 'expired' | null;
  readonly onSession: (session: Session) => void;
}

/** Email and password. The server answers the same way whether the email exists or not. */
export function SignInStep({ notice, onSession }: SignInStepProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().signIn;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: SignInError; password?: SignInError }>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const busy = useRef(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    const found = {
      ...(email.trim() === '' ? { email: 'emailRequired' as const } : {}),
      ...(password === '' ? { password: 'passwordRequired' as const } : {}),
    };
    setErrors(found);
    setProblem(null);
    if (found.email !== undefined || found.password !== undefined) {
      (found.email !== undefined ? emailRef : passwordRef).current?.focus();
      return;
    }
    busy.current = true;
    signIn(api, email.trim(), password).then(onSession, (error: unknown) => {
      busy.current = false;
      setPassword('');
      setProblem(toProblem(error));
      passwordRef.current?.focus();
    });
  };

  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      {notice === null ? null : <StatusMessage>{notice === 'expired' ? t.expired : t.signedOut}</StatusMessage>}
      <form onSubmit={submit} noValidate>
        {problem === null ? null : <ProblemAlert problem={problem} />}
        <TextField
          ref={emailRef}
          id="sign-in-email"
          label={t.email}
          type="email"
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          onValueChange={setEmail}
          error={errors.email === undefined ? undefined : t[errors.email]}
        />
        <TextField
          ref={passwordRef}
          id="sign-in-password"
          label={t.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={errors.password === undefined ? undefined : t[errors.password]}
        />
        <button type="submit">{t.submit}</button>
      </form>
    </>
  );
}
