import type { Notice, PrivacyCenterInfo } from '../api/types.js';
import { formatDate } from '../shared/format.js';
import { useLang, useMessages } from '../shared/lang-context.js';

/** The page's h1 is the policy's own title, with the version in force and a way to print it all. */
export function NoticeTitle({ notice, info }: { notice: Notice; info: PrivacyCenterInfo }) {
  const t = useMessages();
  const lang = useLang();
  return (
    <div className="notice-title">
      <h1>{notice.title}</h1>
      <p className="notice-version">{t.privacy.version(info.policyVersion, formatDate(info.effectiveDate, lang))}</p>
      <button type="button" className="button-secondary print-button" onClick={() => window.print()}>
        {t.privacy.print}
      </button>
    </div>
  );
}
