import type { JournalEntry } from '../../api/types.js';
import { formatDateTime } from '../../shared/format.js';
import { ScrollTable } from '../../shared/ScrollTable.js';
import { useConsole, useConsoleMessages } from '../console-context.js';

/** One page of entries. Its caption names the range shown, and is announced when the page changes. */
export function JournalTable({ entries, busy }: { entries: readonly JournalEntry[]; busy: boolean }) {
  const { lang } = useConsole();
  const t = useConsoleMessages().journal;
  const seqs = entries.map((entry) => entry.seq);
  const caption = t.caption(Math.min(...seqs), Math.max(...seqs));
  const empty = (value: string | null) =>
    value === null ? (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t.none}</span>
      </>
    ) : (
      <code>{value}</code>
    );

  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {busy ? '' : caption}
      </p>
      <ScrollTable captionId="journal-caption">
        <table aria-busy={busy}>
          <caption id="journal-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.seq}</th>
              <th scope="col">{t.at}</th>
              <th scope="col">{t.actor}</th>
              <th scope="col">{t.action}</th>
              <th scope="col">{t.subject}</th>
              <th scope="col">{t.purpose}</th>
              <th scope="col">{t.origin}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.seq}>
                <th scope="row">{entry.seq.toLocaleString(lang)}</th>
                <td>
                  <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
                </td>
                <td>
                  <code>{entry.actor}</code>
                </td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>{empty(entry.subject)}</td>
                <td>{empty(entry.purpose)}</td>
                <td className="break">{entry.origin}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
