import { type FormEvent, useRef, useState } from 'react';
import { CopyButton } from '../../shared/CopyButton.js';
import { useMessages } from '../../shared/lang-context.js';
import { useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';

/**
 * The ten recovery codes, shown this once: the server keeps only their hashes. The reader confirms
 * that they saved them before the console opens, so that nobody skips past them by accident.
 */
export function RecoveryCodesStep({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const t = useConsoleMessages();
  const errorPrefix = useMessages().common.errorPrefix;
  const [saved, setSaved] = useState(false);
  const [missing, setMissing] = useState(false);
  const checkboxRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saved) {
      onDone();
      return;
    }
    setMissing(true);
    checkboxRef.current?.focus();
  };

  return (
    <>
      <PageHeading>{t.recovery.title}</PageHeading>
      <p>{t.recovery.intro}</p>
      <ol className="recovery-codes" aria-label={t.recovery.listLabel}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>
        <CopyButton
          text={codes.join('\n')}
          label={t.recovery.copy}
          copiedMessage={t.app.copied}
          failedMessage={t.app.copyFailed}
        />
      </p>
      <form onSubmit={submit} noValidate>
        <div className="checkbox-field">
          <input
            ref={checkboxRef}
            type="checkbox"
            id="recovery-saved"
            checked={saved}
            onChange={(event) => {
              setSaved(event.target.checked);
              if (event.target.checked) setMissing(false);
            }}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? 'recovery-saved-error' : undefined}
          />
          <label htmlFor="recovery-saved">{t.recovery.saved}</label>
        </div>
        {missing ? (
          <p className="field-error" id="recovery-saved-error" role="alert">
            <span className="visually-hidden">{errorPrefix} </span>
            {t.recovery.savedRequired}
          </p>
        ) : null}
        <button type="submit">{t.recovery.continue}</button>
      </form>
    </>
  );
}
