import { useCallback } from 'react';
import { listIncidents } from '../../api/incidents.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { ScrollTable } from '../../shared/ScrollTable.js';
import { useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { ClockList } from './ClockList.js';

/** The register: every incident with its clocks, most recent awareness first; nothing about a person. */
export function IncidentRegister({ onOpen }: { onOpen: (id: string) => void }) {
  const { api, lang } = useConsole();
  const t = useConsoleMessages().incidents;
  const { state } = useLoad(useCallback(() => listIncidents(api), [api]));
  if (state.status === 'loading') return null;
  if (state.status === 'error') return <ProblemAlert problem={state.problem} />;
  const incidents = state.data;
  if (incidents.length === 0) return <p>{t.empty}</p>;
  return (
    <ScrollTable captionId="incidents-caption">
      <table>
        <caption id="incidents-caption">{t.caption(incidents.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.reference}</th>
            <th scope="col">{t.types}</th>
            <th scope="col">{t.aware}</th>
            <th scope="col">{t.risk}</th>
            <th scope="col">{t.clocks}</th>
            <th scope="col">{t.retainUntil}</th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((incident) => (
            <tr key={incident.id}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-label={t.open(incident.reference)}
                  onClick={() => onOpen(incident.id)}
                >
                  {incident.reference}
                </button>
              </th>
              <td>{incident.types.map((type) => t.typeLabels[type]).join(', ')}</td>
              <td>
                <time dateTime={incident.awareStart}>{formatDateTime(incident.awareStart, lang)}</time>
              </td>
              <td>{incident.serious === undefined ? t.undecided : incident.serious ? t.serious : t.notSerious}</td>
              <td>
                <ClockList clocks={incident.clocks} />
              </td>
              <td>
                {incident.retainUntil === undefined ? null : (
                  <time dateTime={incident.retainUntil}>{formatDate(incident.retainUntil, lang)}</time>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
