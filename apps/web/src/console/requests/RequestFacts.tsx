import type { ReactNode } from 'react';
import type { RequestDetail } from '../../api/types.js';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { DueStatus } from './DueStatus.js';
import { labelOf } from './labels.js';

/** What the request is, who made it, where its clock stands and how it got here. */
export function RequestFacts({ request }: { request: RequestDetail }) {
  const { lang } = useConsole();
  const t = useConsoleMessages().requests;
  const { requester } = request;
  return (
    <div className="request-facts">
      <section aria-labelledby="request-summary">
        <h2 id="request-summary">{t.summaryTitle}</h2>
        <dl className="facts-list">
          <Fact term={t.kind}>{labelOf(t.kinds, request.kind)}</Fact>
          <Fact term={t.state}>{labelOf(t.states, request.state)}</Fact>
          <Fact term={t.regime}>{labelOf(t.regimes, request.regime)}</Fact>
          <Fact term={t.channel}>{labelOf(t.channels, request.channel)}</Fact>
          <Fact term={t.received}>
            <time dateTime={request.receivedAt}>{formatDateTime(request.receivedAt, lang)}</time>
          </Fact>
          {request.refusalReason === undefined ? null : (
            <Fact term={t.refusalReason}>{labelOf(t.grounds, request.refusalReason)}</Fact>
          )}
        </dl>
      </section>
      <section aria-labelledby="request-clock">
        <h2 id="request-clock">{t.clockTitle}</h2>
        <dl className="facts-list">
          <Fact term={t.dueDate}>
            {request.due.due === undefined ? (
              t.noDueDate
            ) : (
              <time dateTime={request.due.due}>{formatDate(request.due.due, lang)}</time>
            )}
          </Fact>
          <Fact term={t.dueStatus}>
            <DueStatus due={request.due} />
          </Fact>
        </dl>
      </section>
      <section aria-labelledby="request-requester">
        <h2 id="request-requester">{t.requesterTitle}</h2>
        <dl className="facts-list">
          <Fact term={t.name}>{requester.name}</Fact>
          <Fact term={t.applicantRole}>{labelOf(t.roles, request.requesterRole)}</Fact>
          {requester.representedName === undefined ? null : (
            <Fact term={t.representedName}>{requester.representedName}</Fact>
          )}
          {requester.email === undefined ? null : <Fact term={t.email}>{requester.email}</Fact>}
          {requester.phone === undefined ? null : <Fact term={t.phone}>{requester.phone}</Fact>}
          <Fact term={t.details}>{requester.details ?? t.none}</Fact>
        </dl>
      </section>
      <section aria-labelledby="request-history">
        <h2 id="request-history">{t.historyTitle}</h2>
        {request.history.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ol>
            {request.history.map((step) => (
              <li key={`${step.to}-${step.at}`}>
                {t.historyEntry(labelOf(t.states, step.to), formatDateTime(step.at, lang))}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
