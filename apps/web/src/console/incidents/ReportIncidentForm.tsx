import { type FormEvent, useState } from 'react';
import { type IncidentType, reportIncident } from '../../api/incidents.js';
import type { Problem } from '../../api/problem.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { TextField } from '../../shared/TextField.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { TextArea } from './TextArea.js';
import { parseUtcMinute, utcMinute } from './utc-minute.js';

const TYPES: readonly IncidentType[] = ['access', 'use', 'communication', 'loss', 'other'];

/** Registers an incident as soon as there is cause to believe one occurred: the rest is filled in afterwards. */
export function ReportIncidentForm({ onReported }: { onReported: (id: string) => void }) {
  const { api } = useConsole();
  const t = useConsoleMessages().incidents;
  const [types, setTypes] = useState<readonly IncidentType[]>([]);
  const [aware, setAware] = useState(() => utcMinute(new Date()));
  const [approximate, setApproximate] = useState(false);
  const [piDescription, setPiDescription] = useState('');
  const [circumstances, setCircumstances] = useState('');
  const [errors, setErrors] = useState<{ types?: string; aware?: string }>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (type: IncidentType) =>
    setTypes((current) => (current.includes(type) ? current.filter((t) => t !== type) : [...current, type]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = parseUtcMinute(aware);
    const found = {
      ...(types.length === 0 ? { types: t.report.typeRequired } : {}),
      ...(start === null ? { aware: t.report.dateInvalid } : {}),
    };
    setErrors(found);
    if (start === null || types.length === 0) return;
    setBusy(true);
    setProblem(null);
    reportIncident(api, {
      types,
      aware: { start, approximate },
      ...(piDescription.trim() === '' ? {} : { piDescription }),
      ...(circumstances.trim() === '' ? {} : { circumstances }),
    })
      .then((incident) => onReported(incident.id))
      .catch((error: unknown) => setProblem(toProblem(error)))
      .finally(() => setBusy(false));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="report-incident-title">
      <h2 id="report-incident-title">{t.report.title}</h2>
      {problem === null ? null : <ProblemAlert problem={problem} />}
      <fieldset aria-describedby={errors.types === undefined ? undefined : 'incident-types-error'}>
        <legend>{t.report.types}</legend>
        {TYPES.map((type) => (
          <label key={type} className="checkbox">
            <input type="checkbox" checked={types.includes(type)} onChange={() => toggle(type)} /> {t.typeLabels[type]}
          </label>
        ))}
        {errors.types === undefined ? null : (
          <p className="field-error" id="incident-types-error">
            {errors.types}
          </p>
        )}
      </fieldset>
      <TextField
        id="incident-aware"
        label={t.report.awareStart}
        value={aware}
        onValueChange={setAware}
        error={errors.aware}
      />
      <label className="checkbox">
        <input type="checkbox" checked={approximate} onChange={(event) => setApproximate(event.target.checked)} />{' '}
        {t.report.approximate}
      </label>
      <TextArea
        id="incident-pi"
        label={t.report.piDescription}
        value={piDescription}
        onValueChange={setPiDescription}
      />
      <TextArea
        id="incident-circumstances"
        label={t.report.circumstances}
        value={circumstances}
        onValueChange={setCircumstances}
      />
      <button type="submit" disabled={busy}>
        {t.report.submit}
      </button>
    </form>
  );
}
