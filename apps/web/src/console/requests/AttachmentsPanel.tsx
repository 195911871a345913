import { useCallback } from 'react';
import { attachmentUrl, listAttachments } from '../../api/request-attachments.js';
import type { RequestDetail, Role } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { formatDateTime } from '../../shared/format.js';
import { useMessages } from '../../shared/lang-context.js';
import { ScrollTable } from '../../shared/ScrollTable.js';
import { useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { IdentityCheckForm } from './IdentityCheckForm.js';
import { labelOf } from './labels.js';
import { canManageRequests, isFinalState } from './request-permissions.js';

interface AttachmentsPanelProps {
  readonly request: RequestDetail;
  readonly role: Role;
  /** A check was recorded (and may have moved the request on): the view reads the request again. */
  readonly onChanged: () => void;
}

/** The request's documents (download only, journalled by the server) and the staff check of an identity document. */
export function AttachmentsPanel({ request, role, onChanged }: AttachmentsPanelProps) {
  const { api, lang } = useConsole();
  const t = useConsoleMessages().attachments;
  const common = useMessages().common;
  const load = useCallback(() => listAttachments(api, request.id), [api, request.id]);
  const { state, reload } = useLoad(load);
  const check = request.identityCheck;

  return (
    <section aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t.title}</h2>
      <p>{t.intro}</p>
      {state.status === 'loading' ? <p className="loading">{common.loading}</p> : null}
      {state.status === 'error' ? (
        <>
          <ProblemAlert problem={state.problem} />
          <button type="button" onClick={reload}>
            {common.retry}
          </button>
        </>
      ) : null}
      {state.status === 'ok' && state.data.length === 0 ? <p>{t.none}</p> : null}
      {state.status === 'ok' && state.data.length > 0 ? (
        <ScrollTable captionId="attachments-caption">
          <table>
            <caption id="attachments-caption">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.purpose}</th>
                <th scope="col">{t.type}</th>
                <th scope="col">{t.size}</th>
                <th scope="col">{t.added}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((attachment) => (
                <tr key={attachment.id}>
                  <td>
                    <a
                      href={attachmentUrl(request.id, attachment.id)}
                      download={attachment.name}
                      aria-label={t.download(attachment.name)}
                    >
                      {attachment.name}
                    </a>
                  </td>
                  <td>{labelOf(t.purposes, attachment.purpose)}</td>
                  <td>{attachment.mediaType}</td>
                  <td>{t.sizeOf(attachment.size)}</td>
                  <td>
                    <time dateTime={attachment.createdAt}>{formatDateTime(attachment.createdAt, lang)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
      <h3>{t.checkTitle}</h3>
      <p>{check === undefined ? t.notChecked : t.checked(check.outcome, formatDateTime(check.at, lang))}</p>
      {canManageRequests(role) && !isFinalState(request.state) ? (
        <IdentityCheckForm requestId={request.id} onRecorded={onChanged} />
      ) : null}
    </section>
  );
}
