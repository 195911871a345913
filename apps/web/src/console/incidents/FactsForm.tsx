import { type FormEvent, useState } from 'react';
import { type IncidentDetail, type IncidentTextField, updateIncident } from '../../api/incidents.js';
import { ProblemAlert, StatusMessage } from '../../shared/Alert.js';
import { TextField } from '../../shared/TextField.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { TextArea } from './TextArea.js';
import { useIncidentChange } from './use-incident-change.js';
import { parseUtcMinute, utcMinute } from './utc-minute.js';

const FIELDS: readonly IncidentTextField[] = [
  'piDescription',
  'piDescriptionUnknownReason',
  'circumstances',
  'cause',
  'measures',
  'personMeasures',
  'personsNotification',
  'otherAuthorities',
  'contact',
  'subjectCategories',
  'recordCategories',
  'publicNoticeReason',
  'lateReasons',
  'notes',
];

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** The facts of the register entry (date, numbers, free texts): what changed is sent, what was emptied cleared. */
export function FactsForm({
  incident,
  onChanged,
}: {
  incident: IncidentDetail;
  onChanged: (i: IncidentDetail) => void;
}) {
  const { api } = useConsole();
  const t = useConsoleMessages().incidents;
  const facts = incident.facts;
  const [values, setValues] = useState<Partial<Record<IncidentTextField, string>>>(() =>
    Object.fromEntries(FIELDS.map((field) => [field, facts[field] ?? ''])),
  );
  const [occurred, setOccurred] = useState(() =>
    facts.occurred === undefined ? '' : utcMinute(new Date(facts.occurred.start)),
  );
  const [persons, setPersons] = useState(() => String(facts.personsAffected?.value ?? ''));
  const [residents, setResidents] = useState(() => String(facts.quebecResidents?.value ?? ''));
  const [records, setRecords] = useState(() => String(facts.recordsAffected?.value ?? ''));
  const [estimates, setEstimates] = useState(
    () => facts.occurred?.approximate === true || facts.personsAffected?.approximate === true,
  );
  const [errors, setErrors] = useState<{ occurred?: string; persons?: string; residents?: string; records?: string }>(
    {},
  );
  const { busy, problem, done, run } = useIncidentChange(onChanged);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = occurred.trim() === '' ? undefined : parseUtcMinute(occurred);
    const personsValue = persons.trim() === '' ? undefined : wholeNumber(persons);
    const residentsValue = residents.trim() === '' ? undefined : wholeNumber(residents);
    const recordsValue = records.trim() === '' ? undefined : wholeNumber(records);
    const found = {
      ...(start === null ? { occurred: t.report.dateInvalid } : {}),
      ...(personsValue === null ? { persons: t.numberInvalid } : {}),
      ...(residentsValue === null ? { residents: t.numberInvalid } : {}),
      ...(recordsValue === null ? { records: t.numberInvalid } : {}),
    };
    setErrors(found);
    if (start === null || personsValue === null || residentsValue === null || recordsValue === null) return;
    const texts = Object.fromEntries(
      FIELDS.filter((field) => (values[field] ?? '').trim() !== '' && values[field] !== facts[field]).map((field) => [
        field,
        values[field],
      ]),
    );
    // What was there and is now empty is cleared, not sent as an empty text.
    const clear = [
      ...FIELDS.filter((field) => (values[field] ?? '').trim() === '' && facts[field] !== undefined),
      ...(start === undefined && facts.occurred !== undefined ? ['occurred'] : []),
      ...(personsValue === undefined && facts.personsAffected !== undefined ? ['personsAffected'] : []),
      ...(residentsValue === undefined && facts.quebecResidents !== undefined ? ['quebecResidents'] : []),
      ...(recordsValue === undefined && facts.recordsAffected !== undefined ? ['recordsAffected'] : []),
    ];
    run(() =>
      updateIncident(api, incident.id, {
        ...texts,
        ...(clear.length === 0 ? {} : { clear }),
        ...(start === undefined ? {} : { occurred: { start, approximate: estimates } }),
        ...(personsValue === undefined ? {} : { personsAffected: { value: personsValue, approximate: estimates } }),
        ...(residentsValue === undefined ? {} : { quebecResidents: { value: residentsValue, approximate: estimates } }),
        ...(recordsValue === undefined ? {} : { recordsAffected: { value: recordsValue, approximate: estimates } }),
        version: incident.version,
      }),
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="incident-facts-title">
      <h2 id="incident-facts-title">{t.facts}</h2>
      {problem === null ? null : <ProblemAlert problem={problem} />}
      <TextField
        id="incident-occurred"
        label={t.occurred}
        value={occurred}
        onValueChange={setOccurred}
        error={errors.occurred}
      />
      <TextField
        id="incident-persons"
        label={t.personsAffected}
        inputMode="numeric"
        value={persons}
        onValueChange={setPersons}
        error={errors.persons}
      />
      <TextField
        id="incident-residents"
        label={t.quebecResidents}
        inputMode="numeric"
        value={residents}
        onValueChange={setResidents}
        error={errors.residents}
      />
      <TextField
        id="incident-records"
        label={t.recordsAffected}
        inputMode="numeric"
        value={records}
        onValueChange={setRecords}
        error={errors.records}
      />
      <label className="checkbox">
        <input type="checkbox" checked={estimates} onChange={(event) => setEstimates(event.target.checked)} />{' '}
        {t.estimates}
      </label>
      {FIELDS.map((field) => (
        <TextArea
          key={field}
          id={`incident-${field}`}
          label={t.textLabels[field]}
          value={values[field] ?? ''}
          onValueChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
        />
      ))}
      <button type="submit" disabled={busy}>
        {t.saveFacts}
      </button>
      {done ? <StatusMessage>{t.saved}</StatusMessage> : null}
    </form>
  );
}
