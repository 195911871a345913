import { useFocusOnMount } from '../shared/focus-on-mount.js';
import { useLang, useMessages } from '../shared/lang-context.js';
import { pagePath } from './pages.js';

/** The end of the way in: the request is the person's, and the clock runs. */
export function VerifiedPanel({ reference }: { reference: string }) {
  const lang = useLang();
  const messages = useMessages();
  const t = messages.verification;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.verifiedTitle}
      </h1>
      <p className="alert alert-success" role="status">
        {t.verifiedText(reference)}
      </p>
      <p>{t.verifiedNext}</p>
      <p>
        <a href={pagePath('home', lang)}>{messages.request.backToCenter}</a>
      </p>
    </>
  );
}
