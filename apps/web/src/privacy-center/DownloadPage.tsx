import { useEffect, useRef, useState } from 'react';
import { downloadPackage } from '../api/downloads.js';
import type { Problem } from '../api/problem.js';
import { ProblemAlert } from '../shared/Alert.js';
import { useFocusOnMount } from '../shared/focus-on-mount.js';
import { useLang, useMessages } from '../shared/lang-context.js';
import { toProblem } from '../shared/use-load.js';
import { PublicLayout } from './PublicLayout.js';

const DOWNLOAD_REFUSED = 'fulfilment.download_refused';

type State =
  | { readonly name: 'ready' }
  | { readonly name: 'downloading' }
  | { readonly name: 'saved'; readonly url: string }
  | { readonly name: 'failed'; readonly problem: Problem; readonly final: boolean };

/**
 * `/fr/telechargement` and `/en/download`: the emailed link's page. The token (read from the fragment and cleared
 * before the first render) is posted only when the person asks, so that a link preview or a prefetch spends
 * nothing; the zip is saved through an object URL, without inline script, as the strict CSP requires.
 */
export function DownloadPage({ token }: { token: string | null }) {
  const t = useMessages().download;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <PublicLayout page="download" title={t.documentTitle}>
      <h1 ref={heading} tabIndex={-1}>
        {t.pageTitle}
      </h1>
      {token === null ? (
        <p className="alert alert-error" role="alert">
          {t.missingLink}
        </p>
      ) : (
        <DownloadStep token={token} />
      )}
    </PublicLayout>
  );
}

function DownloadStep({ token }: { token: string }) {
  const lang = useLang();
  const t = useMessages().download;
  const [state, setState] = useState<State>({ name: 'ready' });
  const busy = useRef(false);
  const url = state.name === 'saved' ? state.url : null;

  // The object URL holds the whole package in memory; it goes when the page does.
  useEffect(() => (url === null ? undefined : () => URL.revokeObjectURL(url)), [url]);

  const download = () => {
    if (busy.current) return;
    busy.current = true;
    setState({ name: 'downloading' });
    downloadPackage(token, lang).then(
      (blob) => {
        busy.current = false;
        const objectUrl = URL.createObjectURL(blob);
        saveAs(objectUrl, t.fileName);
        setState({ name: 'saved', url: objectUrl });
      },
      (failure: unknown) => {
        busy.current = false;
        const problem = toProblem(failure);
        // An unknown, expired or mistyped link will not work on a second try; a network failure may.
        setState({ name: 'failed', problem, final: problem.code === DOWNLOAD_REFUSED });
      },
    );
  };

  if (state.name === 'failed' && state.final) return <ProblemAlert problem={state.problem} />;
  return (
    <>
      <p>{t.pageText}</p>
      <p>{t.keepPrivate}</p>
      {state.name === 'failed' ? <ProblemAlert problem={state.problem} /> : null}
      {state.name === 'saved' ? (
        <>
          <p className="alert alert-success" role="status">
            {t.saved}
          </p>
          <p>
            <a href={state.url} download={t.fileName}>
              {t.saveAgain}
            </a>
          </p>
        </>
      ) : (
        <div className="form-actions">
          <button type="button" onClick={download} aria-disabled={state.name === 'downloading'}>
            {t.button}
          </button>
          {state.name === 'downloading' ? <p role="status">{t.downloading}</p> : null}
        </div>
      )}
    </>
  );
}

/** Saves an object URL as a file: a link with `download`, clicked once and removed. */
function saveAs(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
