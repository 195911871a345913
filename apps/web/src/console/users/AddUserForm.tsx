import { type FormEvent, useRef, useState } from 'react';
import type { Problem } from '../../api/problem.js';
import { ROLES, type Role, type StaffUser } from '../../api/types.js';
import { createUser } from '../../api/users.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { TextField } from '../../shared/TextField.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { fieldMessages } from '../field-problems.js';

const MIN_PASSWORD_LENGTH = 12;

type Field = 'email' | 'displayName' | 'password';
type FieldError = 'emailRequired' | 'emailInvalid' | 'displayNameRequired' | 'passwordTooShort';

/** A new staff account. The person sets up two-step verification at first sign-in when the role needs it. */
export function AddUserForm({ onAdded }: { onAdded: (user: StaffUser) => void }) {
  const { api } = useConsole();
  const messages = useConsoleMessages();
  const t = messages.users;
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const busy = useRef(false);
  const refs = {
    email: useRef<HTMLInputElement>(null),
    displayName: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    const found: Partial<Record<Field, FieldError>> = {};
    if (email.trim() === '') found.email = 'emailRequired';
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = 'emailInvalid';
    if (displayName.trim() === '') found.displayName = 'displayNameRequired';
    if (password.length < MIN_PASSWORD_LENGTH) found.password = 'passwordTooShort';
    setErrors(found);
    setProblem(null);
    const firstInvalid = (['email', 'displayName', 'password'] as const).find((field) => found[field] !== undefined);
    if (firstInvalid !== undefined) {
      refs[firstInvalid].current?.focus();
      return;
    }
    busy.current = true;
    createUser(api, { email: email.trim(), displayName: displayName.trim(), role, password }).then(
      (user) => {
        busy.current = false;
        setEmail('');
        setDisplayName('');
        setRole('agent');
        setPassword('');
        onAdded(user);
      },
      (error: unknown) => {
        busy.current = false;
        setProblem(toProblem(error));
      },
    );
  };

  const fromServer = fieldMessages(problem);
  const errorFor = (field: Field) => {
    const own = errors[field];
    return own === undefined ? fromServer[field] : t[own];
  };

  return (
    <section className="card" aria-labelledby="add-user-title">
      <h2 id="add-user-title">{t.addTitle}</h2>
      <form onSubmit={submit} noValidate>
        {problem === null ? null : <ProblemAlert problem={problem} />}
        <TextField
          ref={refs.email}
          id="new-user-email"
          label={t.email}
          type="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          onValueChange={setEmail}
          error={errorFor('email')}
        />
        <TextField
          ref={refs.displayName}
          id="new-user-name"
          label={t.displayName}
          autoComplete="off"
          value={displayName}
          onValueChange={setDisplayName}
          error={errorFor('displayName')}
        />
        <div className="field">
          <label htmlFor="new-user-role">{t.role}</label>
          <select id="new-user-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {messages.roles[option]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          ref={refs.password}
          id="new-user-password"
          label={t.initialPassword}
          hint={t.passwordHint}
          type="password"
          autoComplete="new-password"
          value={password}
          onValueChange={setPassword}
          error={errorFor('password')}
        />
        <button type="submit">{t.add}</button>
      </form>
    </section>
  );
}
