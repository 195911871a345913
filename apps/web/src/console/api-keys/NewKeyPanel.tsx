import { useEffect, useRef } from 'react';
import { CopyButton } from '../../shared/CopyButton.js';
import { useConsoleMessages } from '../console-context.js';

interface NewKeyPanelProps {
  readonly name: string;
  readonly secret: string;
  readonly onDone: () => void;
}

/** The new key's secret, this once: the server stores only a hash and can never show it again. */
export function NewKeyPanel({ name, secret, onDone }: NewKeyPanelProps) {
  const messages = useConsoleMessages();
  const t = messages.apiKeys;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card new-key" aria-labelledby="new-key-title">
      <h2 id="new-key-title" ref={headingRef} tabIndex={-1}>
        {t.newKeyTitle}
      </h2>
      <p className="warning">{t.newKeyWarning}</p>
      <p>
        {t.newKeyLabel(name)} <code className="secret">{secret}</code>
      </p>
      <div className="form-actions">
        <CopyButton
          text={secret}
          label={t.copyKey}
          copiedMessage={messages.app.copied}
          failedMessage={messages.app.copyFailed}
        />
        <button type="button" onClick={onDone}>
          {t.done}
        </button>
      </div>
    </section>
  );
}
