import { useCallback } from 'react';
import { getIncident } from '../../api/incidents.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';
import { ClockList } from './ClockList.js';
import { DecisionForm } from './DecisionForm.js';
import { FactsForm } from './FactsForm.js';
import { NoticesPanel } from './NoticesPanel.js';
import { RecordNotificationForm } from './RecordNotificationForm.js';

interface IncidentViewProps {
  readonly id: string;
  readonly canManage: boolean;
  readonly onBack: () => void;
}

/** One incident: its clocks, the decision, the notices and, for those who manage the register, the forms. */
export function IncidentView({ id, canManage, onBack }: IncidentViewProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().incidents;
  const { state, replace } = useLoad(useCallback(() => getIncident(api, id), [api, id]));
  const back = (
    <button type="button" className="button-quiet" onClick={onBack}>
      {t.back}
    </button>
  );
  if (state.status === 'loading') return back;
  if (state.status === 'error')
    return (
      <>
        {back}
        <ProblemAlert problem={state.problem} />
      </>
    );
  const incident = state.data;
  return (
    <>
      {back}
      <PageHeading>{incident.reference}</PageHeading>
      <p>{incident.types.map((type) => t.typeLabels[type]).join(', ')}</p>
      <section aria-labelledby="incident-clocks-title">
        <h2 id="incident-clocks-title">{t.clocks}</h2>
        <ClockList clocks={incident.clocks} />
      </section>
      <DecisionForm
        key={`decision-${incident.version}`}
        incident={incident}
        canManage={canManage}
        onChanged={replace}
      />
      <NoticesPanel incident={incident} />
      {canManage ? (
        <>
          <RecordNotificationForm incident={incident} onChanged={replace} />
          <FactsForm incident={incident} onChanged={replace} />
        </>
      ) : null}
    </>
  );
}
