import { useState } from 'react';
import { getNotice, type IncidentDetail, type NoticeKind, type WrittenNotice } from '../../api/incidents.js';
import type { Problem } from '../../api/problem.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';

/** Each notice the law requires: what it still lacks, or the notice written in the reader's language. */
export function NoticesPanel({ incident }: { incident: IncidentDetail }) {
  const { api, lang } = useConsole();
  const t = useConsoleMessages().incidents;
  const [shown, setShown] = useState<WrittenNotice | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const show = (notice: NoticeKind) => {
    setProblem(null);
    getNotice(api, incident.id, notice, lang).then(setShown, (error: unknown) => setProblem(toProblem(error)));
  };

  return (
    <section aria-labelledby="incident-notices-title">
      <h2 id="incident-notices-title">{t.notices}</h2>
      {problem === null ? null : <ProblemAlert problem={problem} />}
      <ul>
        {incident.notices.map(({ notice, missing }) => (
          <li key={notice}>
            <strong>{t.noticeLabels[notice]}</strong> —{' '}
            {missing.length === 0 ? (
              <>
                {t.complete}{' '}
                <button type="button" className="link-button" onClick={() => show(notice)}>
                  {t.showNotice(t.noticeLabels[notice])}
                </button>
              </>
            ) : (
              `${t.missing} ${missing.map((item) => t.items[item] ?? item).join(', ')}`
            )}
          </li>
        ))}
      </ul>
      {shown === null ? null : (
        <article aria-label={shown.subject} lang={shown.lang}>
          <pre className="incident-notice">{shown.text}</pre>
        </article>
      )}
    </section>
  );
}
