import { useState } from 'react';

interface CopyButtonProps {
  readonly text: string;
  readonly label: string;
  readonly copiedMessage: string;
  readonly failedMessage: string;
}

/**
 * Copies a secret to the clipboard and says so in a polite live region. When the browser refuses
 * (no permission, insecure context), it says that instead: the text stays selectable on screen.
 */
export function CopyButton({ text, label, copiedMessage, failedMessage }: CopyButtonProps) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  const copy = () => {
    // Through a promise so that a missing clipboard (insecure context) fails like a refusal.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
        () => setResult('copied'),
        () => setResult('failed'),
      );
  };
  return (
    <span className="copy">
      <button type="button" className="button-secondary" onClick={copy}>
        {label}
      </button>
      <span className="copy-result" aria-live="polite">
        {result === 'copied' ? copiedMessage : result === 'failed' ? failedMessage : ''}
      </span>
    </span>
  );
}
