import { type FormEvent, type Ref, useMemo, useRef, useState } from 'react';
import { createApiClient } from '../api/client.js';
import type { Problem } from '../api/problem.js';
import { submitRequest } from '../api/requests.js';
import type { RequestAccepted } from '../api/types.js';
import { ProblemAlert } from '../shared/Alert.js';
import { useLang, useMessages } from '../shared/lang-context.js';
import { TextField } from '../shared/TextField.js';
import { toProblem } from '../shared/use-load.js';
import { type ChosenFiles, filesToSend, NO_FILES, readUploads } from './attachment-files.js';
import { ChoiceGroup } from './ChoiceGroup.js';
import { DetailsField } from './DetailsField.js';
import { FileField } from './FileField.js';
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
  const [files, setFiles] = useState<ChosenFiles>(NO_FILES);
  // The fields of the files sent, by position: the server names a refused file by its position.
  const [sent, setSent] = useState<readonly FormField[]>([]);
  const [errors, setErrors] = useState<Partial<Record<FormField, FormError>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = {
    kind: useRef<HTMLInputElement>(null),
    role: useRef<HTMLInputElement>(null),
    representedName: useRef<HTMLInputElement>(null),
    proof: useRef<HTMLInputElement>(null),
    identityDocument: useRef<HTMLInputElement>(null),
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

  const choose = (field: keyof ChosenFiles) => (file: File | null) =>
    setFiles((current) => ({ ...current, [field]: file }));

  const fromServer = serverFieldErrors(problem, lang, sent);
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
    const found = validateRequest(values, files);
    setErrors(found);
    setProblem(null);
    if (focusFirst(found) || values.kind === null) return;
    const kind = values.kind;
    const sending = filesToSend(values.role, files).map(({ field }) => field);
    setSent(sending);
    setBusy(true);
    readUploads(values.role, files).then(
      (uploads) =>
        submitRequest(api, toSubmission({ ...values, kind }, lang, uploads)).then(onSubmitted, (error: unknown) => {
          setBusy(false);
          const failure = toProblem(error);
          setProblem(failure);
          focusFirst(serverFieldErrors(failure, lang, sending));
        }),
      () => {
        // The browser could not read a file (moved or deleted since it was chosen): ask for it again.
        setBusy(false);
        const unreadable = Object.fromEntries(sending.map((field) => [field, 'fileUnreadable' as const]));
        setErrors(unreadable);
        focusFirst(unreadable);
      },
    );
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
      {values.role === 'self' ? null : (
        <FileField
          ref={refs.proof}
          id="proof-of-capacity"
          label={t.proof}
          hint={t.proofHint}
          required
          onFileChange={choose('proof')}
          error={errorFor('proof')}
        />
      )}
      <FileField
        ref={refs.identityDocument}
        id="identity-document"
        label={t.identityDocument}
        hint={t.identityDocumentHint}
        onFileChange={choose('identityDocument')}
        error={errorFor('identityDocument')}
      />
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
