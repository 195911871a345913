import type { VerifiedRequest } from '../api/requests.js';
import { useFocusOnMount } from '../shared/focus-on-mount.js';
import { useMessages } from '../shared/lang-context.js';
import { CodeForm } from './CodeForm.js';

/** Right after sending: the reference to keep, and the code that proves the address is the person's. */
export function CheckEmailStep({
  reference,
  onVerified,
}: {
  reference: string;
  onVerified: (verified: VerifiedRequest) => void;
}) {
  const t = useMessages().verification;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.checkTitle}
      </h1>
      <p>{t.checkText}</p>
      <p>
        {t.referenceIs} <strong className="reference">{reference}</strong>
        <br />
        <span className="muted">{t.referenceHint}</span>
      </p>
      <CodeForm reference={reference} onVerified={onVerified} />
    </>
  );
}
