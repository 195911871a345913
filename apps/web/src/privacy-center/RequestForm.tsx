import { type FormEvent, type Ref, useMemo, useRef, useState } from 'react';
import { createApiClient } from '../api/client.js';
import type { Problem } from '../api/problem.js';
import { submitRequest } from '../api/requests.js';
import type { RequestAccepted } from '../api/types.js';
import { ProblemAlert } from '../shared/Alert.js';
import { useLang, useMessages } from '../shared/lang-context.js';
import { TextField } from '../shared/TextField.js';
import { toProblem } from '../shared/use-load.js';
import { ChoiceGroup } from './ChoiceGroup.js';
import { DetailsField } from './DetailsField.js';
import { NextSteps } from './NextSteps.js';
import {
  APPLICANT_ROLES,
  FORM_FIELDS,
  type FormError,
  type FormField,
  REGIONS,
  REQUEST_KINDS,
  type Region,
  type RequestFormValues,
  serverFieldErrors,
  toSubmission,
  validateRequest,
} from './request-form.js';

const EMPTY: RequestFormValues = {
  kind: null,
  role: 'self',
  representedName: '',
  name: '',
  email: '',
  phone: '',
  details: '',
  region: null,
};

/** The rights request: what, who applies, how to reach them; checked here first, then by the server. */
export function RequestForm({ onSubmitted }: { onSubmitted: (accepted: RequestAccepted) => void }) {
  const lang = useLang();
  const t = useMessages().request;
  const api = useMemo(() => createApiClient({ language: () => lang }), [lang]);
  const [values, setValues] = useState<RequestFormValues>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FormField, FormError>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = {
    kind: useRef<HTMLInputElement>(null),
    role: useRef<HTMLInputElement>(null),
    representedName: useRef<HTMLInputElement>(null),
    name: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    phone: useRef<HTMLInputElement>(null),
    details: useRef<HTMLTextAreaElement>(null),
    region: useRef<HTMLSelectElement>(null),
  };
  const set =
    <K extends keyof RequestFormValues>(key: K) =>
    (value: RequestFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  const fromServer = serverFieldErrors(problem, lang);
  const errorFor = (field: FormField): string | undefined => {
    const own = errors[field];
    return own === undefined ? fromServer[field] : t.errors[own];
  };
  const focusFirst = (invalid: Partial<Record<FormField, unknown>>) => {
    const first = FORM_FIELDS.find((field) => invalid[field] !== undefined);
    if (first !== undefined) refs[first].current?.focus();
    return first !== undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validateRequest(values);
    setErrors(found);
    setProblem(null);
    if (focusFirst(found) || values.kind === null) return;
    setBusy(true);
    submitRequest(api, toSubmission({ ...values, kind: values.kind }, lang)).then(onSubmitted, (error: unknown) => {
      setBusy(false);
      const failure = toProblem(error);
      setProblem(failure);
      focusFirst(serverFieldErrors(failure, lang));
    });
  };

  // The alert says what went wrong when no field does (no email service, network, too many tries).
  const showAlert = problem !== null && Object.keys(fromServer).length === 0;

  return (
    <form onSubmit={submit} noValidate className="request-form">
      {showAlert ? <ProblemAlert problem={problem} /> : null}
      <ChoiceGroup
        name="kind"
        legend={t.kindLegend}
        choices={REQUEST_KINDS.map((kind) => ({ value: kind, ...t.kinds[kind] }))}
        value={values.kind}
        onChange={set('kind')}
        error={errorFor('kind')}
        firstRef={refs.kind}
      />
      <ChoiceGroup
        name="role"
        legend={t.roleLegend}
        choices={APPLICANT_ROLES.map((role) => ({ value: role, label: t.roles[role] }))}
        value={values.role}
        onChange={set('role')}
        error={errorFor('role')}
        firstRef={refs.role}
      />
      {values.role === 'self' ? null : (
        <TextField
          ref={refs.representedName}
          id="represented-name"
          label={t.representedName}
          hint={t.representedHint}
          autoComplete="off"
          value={values.representedName}
          onValueChange={set('representedName')}
          error={errorFor('representedName')}
        />
      )}
      <fieldset className="field-group">
        <legend>{t.contactLegend}</legend>
        <TextField
          ref={refs.name}
          id="requester-name"
          label={t.name}
          autoComplete="name"
          value={values.name}
          onValueChange={set('name')}
          error={errorFor('name')}
        />
        <TextField
          ref={refs.email}
          id="requester-email"
          label={t.email}
          hint={t.emailHint}
          type="email"
          autoComplete="email"
          spellCheck={false}
          autoCapitalize="none"
          value={values.email}
          onValueChange={set('email')}
          error={errorFor('email')}
        />
        <TextField
          ref={refs.phone}
          id="requester-phone"
          label={t.phone}
          type="tel"
          autoComplete="tel"
          value={values.phone}
          onValueChange={set('phone')}
          error={errorFor('phone')}
        />
      </fieldset>
      <DetailsField
        ref={refs.details}
        value={values.details}
        onValueChange={set('details')}
        error={errorFor('details')}
      />
      <RegionField ref={refs.region} value={values.region} onChange={set('region')} error={errorFor('region')} />
      <NextSteps />
      <div className="form-actions">
        <button type="submit" aria-disabled={busy ? true : undefined}>
          {busy ? t.sending : t.submit}
        </button>
      </div>
    </form>
  );
}

interface RegionFieldProps {
  readonly value: Region | null;
  readonly onChange: (value: Region | null) => void;
  readonly error?: string | undefined;
  readonly ref?: Ref<HTMLSelectElement>;
}

/** Where the person lives, when several laws could apply; optional (the most protective applies otherwise). */
function RegionField({ value, onChange, error, ref }: RegionFieldProps) {
  const messages = useMessages();
  const t = messages.request;
  return (
    <div className="field">
      <label htmlFor="region">{t.region}</label>
      <p className="field-hint" id="region-hint">
        {t.regionHint}
      </p>
      <select
        ref={ref}
        id="region"
        value={value ?? ''}
        onChange={(event) => {
          const chosen = REGIONS.find((region) => region === event.target.value);
          onChange(chosen ?? null);
        }}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? 'region-hint' : 'region-hint region-error'}
      >
        <option value="">{t.regions.none}</option>
        {REGIONS.map((region) => (
          <option key={region} value={region}>
            {t.regions[region]}
          </option>
        ))}
      </select>
      {error === undefined ? null : (
        <p className="field-error" id="region-error">
          <span className="visually-hidden">{messages.common.errorPrefix} </span>
          {error}
        </p>
      )}
    </div>
  );
}
