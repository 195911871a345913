import type { RequestSummary } from '../../api/types.js';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { ScrollTable } from '../../shared/ScrollTable.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { DueStatus } from './DueStatus.js';
import { labelOf } from './labels.js';

interface RequestsTableProps {
  readonly requests: readonly RequestSummary[];
  readonly onOpen: (id: string) => void;
}

/** The inbox: no personal data (the list never carries names), each reference opening the request. */
export function RequestsTable({ requests, onOpen }: RequestsTableProps) {
  const { lang } = useConsole();
  const t = useConsoleMessages().requests;
  return (
    <ScrollTable captionId="requests-caption">
      <table>
        <caption id="requests-caption">{t.caption(requests.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.reference}</th>
            <th scope="col">{t.kind}</th>
            <th scope="col">{t.state}</th>
            <th scope="col">{t.received}</th>
            <th scope="col">{t.dueDate}</th>
            <th scope="col">{t.dueStatus}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.id}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-label={t.open(request.reference)}
                  onClick={() => onOpen(request.id)}
                >
                  {request.reference}
                </button>
              </th>
              <td>{labelOf(t.kinds, request.kind)}</td>
              <td>{labelOf(t.states, request.state)}</td>
              <td>
                <time dateTime={request.receivedAt}>{formatDateTime(request.receivedAt, lang)}</time>
              </td>
              <td>
                {request.due.due === undefined ? (
                  t.noDueDate
                ) : (
                  <time dateTime={request.due.due}>{formatDate(request.due.due, lang)}</time>
                )}
              </td>
              <td>
                <DueStatus due={request.due} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
