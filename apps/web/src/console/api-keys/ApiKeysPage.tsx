import { useCallback, useRef, useState } from 'react';
import { listApiKeyScopes, listApiKeys } from '../../api/api-keys.js';
import type { ApiKey } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { useMessages } from '../../shared/lang-context.js';
import { useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';
import { type Said, StatusLine } from '../status-line.js';
import { ApiKeysTable } from './ApiKeysTable.js';
import { CreateApiKeyForm } from './CreateApiKeyForm.js';
import { NewKeyPanel } from './NewKeyPanel.js';

/** Keys for other systems: what exists, a form to make one, and its secret shown once. */
export function ApiKeysPage() {
  const { api } = useConsole();
  const t = useConsoleMessages().apiKeys;
  const common = useMessages().common;
  const load = useCallback(() => Promise.all([listApiKeys(api), listApiKeyScopes(api)]), [api]);
  const { state, reload, replace } = useLoad(load);
  const [created, setCreated] = useState<{ apiKey: ApiKey; key: string } | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const createHeadingRef = useRef<HTMLHeadingElement>(null);
  const say = (message: Said | null) => setSaid(() => message);

  if (state.status !== 'ok') {
    return (
      <>
        <PageHeading>{t.title}</PageHeading>
        {state.status === 'loading' ? (
          <p className="loading">{common.loading}</p>
        ) : (
          <>
            <ProblemAlert problem={state.problem} />
            <button type="button" onClick={reload}>
              {common.retry}
            </button>
          </>
        )}
      </>
    );
  }

  const [keys, scopes] = state.data;
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <div ref={statusRef} tabIndex={-1} className="focus-target">
        <StatusLine said={said} />
      </div>
      {created === null ? null : (
        <NewKeyPanel
          name={created.apiKey.name}
          secret={created.key}
          onDone={() => {
            setCreated(null);
            createHeadingRef.current?.focus();
          }}
        />
      )}
      <ApiKeysTable
        keys={keys}
        onRevoked={(revoked) => {
          replace([keys.map((key) => (key.id === revoked.id ? revoked : key)), scopes]);
          say((m) => m.apiKeys.revokedDone(revoked.name));
          // The row's buttons are gone with the key: land on the confirmation instead of nowhere.
          statusRef.current?.focus();
        }}
      />
      <CreateApiKeyForm
        scopes={scopes}
        headingRef={createHeadingRef}
        onCreated={(result) => {
          replace([[result.apiKey, ...keys], scopes]);
          say(null);
          setCreated(result);
        }}
      />
    </>
  );
}
