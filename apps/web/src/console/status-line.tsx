import type { ConsoleMessages } from '../i18n/console-fr.js';
import { useConsoleMessages } from './console-context.js';

/**
 * What the last action did, kept as a function of the messages so that it follows a language switch.
 * The live region is always in the page, so that screen readers announce each new message.
 */
export type Said = (t: ConsoleMessages) => string;

export function StatusLine({ said }: { said: Said | null }) {
  const t = useConsoleMessages();
  return (
    <div className="status-line" role="status">
      {said === null ? null : <p className="alert alert-success">{said(t)}</p>}
    </div>
  );
}
