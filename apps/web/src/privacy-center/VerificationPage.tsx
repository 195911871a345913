import { useEffect, useMemo, useRef, useState } from 'react';
import { createApiClient } from '../api/client.js';
import { verifyRequest } from '../api/requests.js';
import { useFocusOnMount } from '../shared/focus-on-mount.js';
import { useLang, useMessages } from '../shared/lang-context.js';
import { CodeForm } from './CodeForm.js';
import { PublicLayout } from './PublicLayout.js';
import { VerifiedPanel } from './VerifiedPanel.js';
import type { VerificationLink } from './verification-link.js';

type State =
  | { readonly name: 'verifying' }
  | { readonly name: 'form'; readonly linkFailed: boolean }
  | { readonly name: 'verified'; readonly reference: string };

/**
 * `/{lang}/verification`: with the emailed link (reference and token in the fragment, read and cleared before
 * the first render), it confirms at once; without it, or if the link no longer works, it asks for the code.
 */
export function VerificationPage({ link }: { link: VerificationLink | null }) {
  const lang = useLang();
  const t = useMessages().verification;
  const api = useMemo(() => createApiClient({ language: () => lang }), [lang]);
  const [state, setState] = useState<State>(
    link === null ? { name: 'form', linkFailed: false } : { name: 'verifying' },
  );
  // A token is spent once: never post it twice, even when React runs the effect twice in development.
  const started = useRef(false);

  useEffect(() => {
    if (link === null || started.current) return;
    started.current = true;
    verifyRequest(api, link).then(
      ({ reference }) => setState({ name: 'verified', reference }),
      () => setState({ name: 'form', linkFailed: true }),
    );
  }, [api, link]);

  const verified = ({ reference }: { reference: string }) => setState({ name: 'verified', reference });
  return (
    <PublicLayout page="verification" title={t.documentTitle}>
      {state.name === 'verifying' ? (
        <VerifyingStep />
      ) : state.name === 'verified' ? (
        <VerifiedPanel reference={state.reference} />
      ) : (
        <CodeStep linkFailed={state.linkFailed} reference={link?.reference} onVerified={verified} />
      )}
    </PublicLayout>
  );
}

function CodeStep(props: {
  linkFailed: boolean;
  reference: string | undefined;
  onVerified: (verified: { reference: string }) => void;
}) {
  const t = useMessages().verification;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.pageTitle}
      </h1>
      {props.linkFailed ? (
        <p className="alert alert-error" role="alert">
          {t.linkFailed}
        </p>
      ) : (
        <p>{t.pageText}</p>
      )}
      {props.reference === undefined ? (
        <CodeForm onVerified={props.onVerified} />
      ) : (
        <>
          <p>
            {t.referenceIs} <strong className="reference">{props.reference}</strong>
          </p>
          <CodeForm reference={props.reference} onVerified={props.onVerified} />
        </>
      )}
    </>
  );
}

/** While the link's token is checked; as the first view, it keeps the browser's focus where it is. */
function VerifyingStep() {
  const t = useMessages().verification;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.pageTitle}
      </h1>
      <p role="status">{t.verifying}</p>
    </>
  );
}
