import { useCallback, useState } from 'react';
import { previewLetter, sendLetter } from '../../api/desk-actions.js';
import type { RequestDetail } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { formatDateTime } from '../../shared/format.js';
import { useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import type { Said } from '../status-line.js';
import { labelOf } from './labels.js';
import { useDeskAction } from './use-desk-action.js';

interface LetterPanelProps {
  readonly request: RequestDetail;
  readonly canSend: boolean;
  readonly onSent: (said: Said) => void;
}

/**
 * The letter that answers the request as it stands (acknowledgement, extension notice, answer or refusal with its
 * remedies), previewed in French or English inside the page, and emailed to the requester when there is an address.
 */
export function LetterPanel({ request, canSend, onSent }: LetterPanelProps) {
  const { api, lang: pageLang } = useConsole();
  const t = useConsoleMessages().desk;
  const [lang, setLang] = useState<'fr' | 'en'>(request.language);
  // The request's state and extension decide which letter it is: read again when either changes.
  const version = `${request.state}:${request.extension?.noticeAt ?? ''}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger.
  const load = useCallback(() => previewLetter(api, request.id, lang), [api, request.id, lang, version]);
  const { state } = useLoad(load);
  const action = useDeskAction();

  return (
    <section aria-labelledby="letter-title">
      <h2 id="letter-title">{t.letterTitle}</h2>
      <fieldset className="choice-group">
        <legend>{t.letterLanguage}</legend>
        {(['fr', 'en'] as const).map((code) => (
          <label key={code}>
            <input
              type="radio"
              name="letter-language"
              value={code}
              checked={lang === code}
              onChange={() => setLang(code)}
            />{' '}
            {t.languages[code]}
          </label>
        ))}
      </fieldset>
      {state.status === 'loading' ? (
        <p className="loading">{t.loadingLetter}</p>
      ) : state.status === 'error' ? (
        <ProblemAlert problem={state.problem} />
      ) : (
        <article className="letter-preview" lang={state.data.lang} aria-labelledby="letter-preview-title">
          <h3 id="letter-preview-title">{t.letterPreview(labelOf(t.letterKinds, state.data.kind))}</h3>
          {state.data.text
            .trim()
            .split('\n\n')
            .map((block, index) => (
              // The blocks of one letter never move: their position is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <p key={index} className="letter-block">
                {block}
              </p>
            ))}
        </article>
      )}
      {action.problem === null ? null : <ProblemAlert problem={action.problem} />}
      {canSend && state.status === 'ok' ? (
        request.requester.email === undefined ? (
          <p>{t.noEmail}</p>
        ) : (
          <button
            type="button"
            aria-disabled={action.busy}
            onClick={() =>
              action.run(
                () => sendLetter(api, request.id, lang),
                () => onSent((m) => m.desk.letterSent),
              )
            }
          >
            {t.sendLetter}
          </button>
        )
      ) : null}
      {request.lettersSent === undefined || request.lettersSent.length === 0 ? null : (
        <>
          <h3>{t.lettersSent}</h3>
          <ul>
            {request.lettersSent.map((letter) => (
              <li key={`${letter.kind}-${letter.sentAt}`}>
                {t.letterSentEntry(
                  labelOf(t.letterKinds, letter.kind),
                  labelOf(t.languages, letter.language),
                  formatDateTime(letter.sentAt, pageLang),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
