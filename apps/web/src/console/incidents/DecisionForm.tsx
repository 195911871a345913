import { type FormEvent, useState } from 'react';
import { type IncidentDetail, updateIncident } from '../../api/incidents.js';
import { ProblemAlert, StatusMessage } from '../../shared/Alert.js';
import { formatDateTime } from '../../shared/format.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { TextArea } from './TextArea.js';
import { useIncidentChange } from './use-incident-change.js';

/** The factors of the risk of injury (P-39.1 s.3.7), assessed before deciding. */
const FACTORS = ['sensitivity', 'consequences', 'likelihood', 'maliciousUse'] as const;
type Factor = (typeof FACTORS)[number];

/** The decision on the risk of serious injury, with its reasons; the server records who decided and when. */
export function DecisionForm({
  incident,
  canManage,
  onChanged,
}: {
  incident: IncidentDetail;
  canManage: boolean;
  onChanged: (i: IncidentDetail) => void;
}) {
  const { api, lang } = useConsole();
  const t = useConsoleMessages().incidents;
  const decision = incident.facts.decision;
  const [serious, setSerious] = useState<boolean | null>(decision?.serious ?? null);
  const [reasons, setReasons] = useState(decision?.reasons ?? '');
  const [factors, setFactors] = useState<Record<Factor, string>>(() => ({
    sensitivity: incident.facts.assessment.sensitivity ?? '',
    consequences: incident.facts.assessment.consequences ?? '',
    likelihood: incident.facts.assessment.likelihood ?? '',
    maliciousUse: incident.facts.assessment.maliciousUse ?? '',
  }));
  const { busy, problem, done, run } = useIncidentChange(onChanged);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (serious === null || reasons.trim() === '') return;
    const assessment = Object.fromEntries(FACTORS.filter((f) => factors[f].trim() !== '').map((f) => [f, factors[f]]));
    run(() =>
      updateIncident(api, incident.id, { assessment, decision: { serious, reasons }, version: incident.version }),
    );
  };

  return (
    <section aria-labelledby="incident-decision-title">
      <h2 id="incident-decision-title">{t.decision}</h2>
      {decision === undefined ? (
        <p>{t.undecided}</p>
      ) : (
        <p>
          {decision.serious ? t.serious : t.notSerious} — {decision.reasons} (
          {t.decidedBy(decision.decidedBy, formatDateTime(decision.decidedAt, lang))})
        </p>
      )}
      {canManage || FACTORS.every((factor) => factors[factor] === '') ? null : (
        <dl>
          {FACTORS.filter((factor) => factors[factor] !== '').map((factor) => (
            <div key={factor}>
              <dt>{t.factorLabels[factor]}</dt>
              <dd>{factors[factor]}</dd>
            </div>
          ))}
        </dl>
      )}
      {canManage ? (
        <form onSubmit={submit}>
          {problem === null ? null : <ProblemAlert problem={problem} />}
          <fieldset>
            <legend>{t.factors}</legend>
            {FACTORS.map((factor) => (
              <TextArea
                key={factor}
                id={`incident-factor-${factor}`}
                label={t.factorLabels[factor]}
                value={factors[factor]}
                onValueChange={(value) => setFactors((current) => ({ ...current, [factor]: value }))}
              />
            ))}
          </fieldset>
          <fieldset>
            <legend>{t.seriousQuestion}</legend>
            <label className="checkbox">
              <input type="radio" name="serious" checked={serious === true} onChange={() => setSerious(true)} /> {t.yes}
            </label>
            <label className="checkbox">
              <input type="radio" name="serious" checked={serious === false} onChange={() => setSerious(false)} />{' '}
              {t.no}
            </label>
          </fieldset>
          <TextArea id="incident-reasons" label={t.reasons} value={reasons} onValueChange={setReasons} />
          <button type="submit" disabled={busy || serious === null || reasons.trim() === ''}>
            {t.saveDecision}
          </button>
          {done ? <StatusMessage>{t.saved}</StatusMessage> : null}
        </form>
      ) : null}
    </section>
  );
}
