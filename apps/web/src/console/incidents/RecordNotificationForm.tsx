import { type FormEvent, useState } from 'react';
import { type IncidentDetail, type NotificationKind, recordNotification } from '../../api/incidents.js';
import { ProblemAlert, StatusMessage } from '../../shared/Alert.js';
import { TextField } from '../../shared/TextField.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { useIncidentChange } from './use-incident-change.js';
import { parseUtcMinute, utcMinute } from './utc-minute.js';

/** Records that a notice went out: the clocks it answers stop. Offers the notifications the clocks name. */
export function RecordNotificationForm({
  incident,
  onChanged,
}: {
  incident: IncidentDetail;
  onChanged: (i: IncidentDetail) => void;
}) {
  const { api } = useConsole();
  const t = useConsoleMessages().incidents;
  const kinds = [...new Set<NotificationKind>([...incident.clocks.map((c) => c.notice), 'public'])];
  const [notice, setNotice] = useState<NotificationKind>(kinds[0] ?? 'public');
  const [sentAt, setSentAt] = useState(() => utcMinute(new Date()));
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const { busy, problem, done, run } = useIncidentChange(onChanged);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = parseUtcMinute(sentAt);
    setDateError(at === null ? t.report.dateInvalid : undefined);
    if (at === null) return;
    run(() => recordNotification(api, incident.id, { notice, sentAt: at }));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="incident-record-title">
      <h2 id="incident-record-title">{t.record}</h2>
      {problem === null ? null : <ProblemAlert problem={problem} />}
      <div className="field">
        <label htmlFor="incident-record-notice">{t.recordNotice}</label>
        <select
          id="incident-record-notice"
          value={notice}
          onChange={(event) => setNotice(event.target.value as NotificationKind)}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t.noticeLabels[kind]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id="incident-record-sent"
        label={t.recordSentAt}
        value={sentAt}
        onValueChange={setSentAt}
        error={dateError}
      />
      <button type="submit" disabled={busy}>
        {t.recordSubmit}
      </button>
      {done ? <StatusMessage>{t.recorded}</StatusMessage> : null}
    </form>
  );
}
