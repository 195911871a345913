import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { createApiKey } from '../../api/api-keys.js';
import type { Problem } from '../../api/problem.js';
import type { ApiKey, ApiKeyScope } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { useMessages } from '../../shared/lang-context.js';
import { TextField } from '../../shared/TextField.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { fieldMessages } from '../field-problems.js';
import { endOfLocalDay, localDateToday } from './expiry.js';

type FieldError = 'nameRequired' | 'scopesRequired' | 'expiryPast';

interface CreateApiKeyFormProps {
  readonly scopes: readonly ApiKeyScope[];
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly onCreated: (created: { apiKey: ApiKey; key: string }) => void;
}

/** A key for another system: a name to recognise it, the permissions it needs, and when it stops. */
export function CreateApiKeyForm({ scopes, headingRef, onCreated }: CreateApiKeyFormProps) {
  const { api, lang } = useConsole();
  const t = useConsoleMessages().apiKeys;
  const errorPrefix = useMessages().common.errorPrefix;
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [expiry, setExpiry] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'name' | 'scopes' | 'expiresAt', FieldError>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const busy = useRef(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const firstScopeRef = useRef<HTMLInputElement>(null);
  const expiryRef = useRef<HTMLInputElement>(null);
  const today = localDateToday(new Date());

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    const expiresAt = expiry === '' ? null : endOfLocalDay(expiry);
    const found: typeof errors = {};
    if (name.trim() === '') found.name = 'nameRequired';
    if (chosen.size === 0) found.scopes = 'scopesRequired';
    if (expiry !== '' && (expiresAt === null || expiry < today)) found.expiresAt = 'expiryPast';
    setErrors(found);
    setProblem(null);
    const firstInvalid =
      found.name !== undefined
        ? nameRef
        : found.scopes !== undefined
          ? firstScopeRef
          : found.expiresAt !== undefined
            ? expiryRef
            : null;
    if (firstInvalid !== null) {
      firstInvalid.current?.focus();
      return;
    }
    busy.current = true;
    const request = {
      name: name.trim(),
      // In the order the server lists them, whatever order they were ticked in.
      scopes: scopes.map((scope) => scope.id).filter((id) => chosen.has(id)),
      ...(expiresAt === null ? {} : { expiresAt }),
    };
    createApiKey(api, request).then(
      (created) => {
        busy.current = false;
        setName('');
        setChosen(new Set());
        setExpiry('');
        onCreated(created);
      },
      (error: unknown) => {
        busy.current = false;
        setProblem(toProblem(error));
      },
    );
  };

  const fromServer = fieldMessages(problem);
  const scopesError = errors.scopes === undefined ? fromServer.scopes : t[errors.scopes];
  const expiryError = errors.expiresAt === undefined ? fromServer.expiresAt : t[errors.expiresAt];

  return (
    <section className="card" aria-labelledby="create-key-title">
      <h2 id="create-key-title" ref={headingRef} tabIndex={-1}>
        {t.createTitle}
      </h2>
      <form onSubmit={submit} noValidate>
        {problem === null ? null : <ProblemAlert problem={problem} />}
        <TextField
          ref={nameRef}
          id="new-key-name"
          label={t.name}
          hint={t.nameHint}
          autoComplete="off"
          value={name}
          onValueChange={setName}
          error={errors.name === undefined ? fromServer.name : t[errors.name]}
        />
        <fieldset
          className="field checkboxes"
          aria-describedby={scopesError === undefined ? undefined : 'new-key-scopes-error'}
        >
          <legend>{t.scopes}</legend>
          {scopes.map((scope, index) => (
            <div className="checkbox-field" key={scope.id}>
              <input
                ref={index === 0 ? firstScopeRef : undefined}
                type="checkbox"
                id={`new-key-scope-${scope.id}`}
                checked={chosen.has(scope.id)}
                onChange={(event) => toggle(scope.id, event.target.checked)}
              />
              <label htmlFor={`new-key-scope-${scope.id}`}>
                <code>{scope.id}</code> <span className="scope-description">{scope.description[lang]}</span>
              </label>
            </div>
          ))}
          {scopesError === undefined ? null : (
            <p className="field-error" id="new-key-scopes-error">
              <span className="visually-hidden">{errorPrefix} </span>
              {scopesError}
            </p>
          )}
        </fieldset>
        <TextField
          ref={expiryRef}
          id="new-key-expiry"
          label={t.expiry}
          hint={t.expiryHint}
          type="date"
          min={today}
          value={expiry}
          onValueChange={setExpiry}
          error={expiryError}
        />
        <button type="submit">{t.create}</button>
      </form>
    </section>
  );
}
