import { useEffect, useRef, useState } from 'react';
import { revokeApiKey } from '../../api/api-keys.js';
import type { Problem } from '../../api/problem.js';
import type { ApiKey } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';

interface RevokeKeyControlProps {
  readonly apiKey: ApiKey;
  readonly onRevoked: (key: ApiKey) => void;
}

/**
 * Revoking cannot be undone, so it takes two steps: "Revoke", then a confirmation that says what will
 * happen. Focus follows each step so that keyboard users never lose their place.
 */
export function RevokeKeyControl({ apiKey, onRevoked }: RevokeKeyControlProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().apiKeys;
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const busy = useRef(false);
  const revokeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) revokeRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const revoke = () => {
    if (busy.current) return;
    busy.current = true;
    setProblem(null);
    revokeApiKey(api, apiKey.id).then(
      () => onRevoked({ ...apiKey, revokedAt: new Date().toISOString() }),
      (error: unknown) => {
        busy.current = false;
        setProblem(toProblem(error));
      },
    );
  };

  if (!confirming) {
    return (
      <button
        ref={revokeRef}
        type="button"
        className="button-secondary"
        aria-label={t.revokeOf(apiKey.name)}
        onClick={() => setConfirming(true)}
      >
        {t.revoke}
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend>{t.confirmRevoke(apiKey.name)}</legend>
      <div className="row-actions">
        <button ref={confirmRef} type="button" className="button-danger" onClick={revoke}>
          {t.confirmRevokeButton}
        </button>
        <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
          {t.cancel}
        </button>
      </div>
      {problem === null ? null : <ProblemAlert problem={problem} />}
    </fieldset>
  );
}
