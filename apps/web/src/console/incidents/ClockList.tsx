import type { IncidentClock } from '../../api/incidents.js';
import { formatDateTime } from '../../shared/format.js';
import { useConsole, useConsoleMessages } from '../console-context.js';

/** Each notification owed, its status in words (never colour alone), its due instant and the provision. */
export function ClockList({ clocks }: { clocks: readonly IncidentClock[] }) {
  const { lang } = useConsole();
  const t = useConsoleMessages().incidents;
  return (
    <ul className="incident-clocks">
      {clocks.map((clock) => (
        <li key={clock.key} className={`clock clock-${clock.status}`}>
          <strong>{t.noticeLabels[clock.notice]}</strong> — {t.statusLabels[clock.status]}
          {clock.due === undefined || clock.status === 'done' ? null : (
            <>
              {' '}
              · {t.dueOn} <time dateTime={clock.due}>{formatDateTime(clock.due, lang)}</time> (
              {clock.basis === 'legal' ? t.legal : t.internalTarget}
              {clock.provisional ? `, ${t.provisional}` : ''})
            </>
          )}
          {clock.sentAt === undefined ? null : (
            <>
              {' '}
              · {t.sentOn} <time dateTime={clock.sentAt}>{formatDateTime(clock.sentAt, lang)}</time>
              {clock.late === true ? ` ${t.late}` : ''}
            </>
          )}{' '}
          <span className="citation">({clock.citation[lang]})</span>
        </li>
      ))}
    </ul>
  );
}
