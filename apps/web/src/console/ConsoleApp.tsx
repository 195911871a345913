import { useEffect, useMemo, useRef, useState } from 'react';
import { createApiClient } from '../api/client.js';
import { getSession } from '../api/session.js';
import type { Lang } from '../i18n/lang.js';
import { useDocumentLanguage } from '../shared/document-meta.js';
import { LangContext } from '../shared/lang-context.js';
import { toProblem } from '../shared/use-load.js';
import { AuthLayout } from './AuthLayout.js';
import { EnrolmentStep } from './auth/EnrolmentStep.js';
import { RecoveryCodesStep } from './auth/RecoveryCodesStep.js';
import { SessionChecking, SessionUnavailable } from './auth/SessionStatus.js';
import { SignInStep } from './auth/SignInStep.js';
import { TotpStep } from './auth/TotpStep.js';
import { ConsoleContext } from './console-context.js';
import { type SessionView, viewForSession } from './session-view.js';
import { Shell } from './shell/Shell.js';

/**
 * The console: asks the server where the session stands, walks the reader through sign-in, TOTP and
 * enrolment, then opens the shell. A 401 from any later call brings the sign-in back ("session ended").
 */
export function ConsoleApp({ initialLang }: { initialLang: Lang }) {
  const [lang, setLang] = useState(initialLang);
  const langRef = useRef(lang);
  langRef.current = lang;
  const api = useMemo(() => createApiClient({ language: () => langRef.current }), []);
  const [view, setView] = useState<SessionView>({ kind: 'checking' });
  const [attempt, setAttempt] = useState(0);
  useDocumentLanguage(lang);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let current = true;
    getSession(api).then(
      (session) => current && setView(session === null ? { kind: 'sign-in', notice: null } : viewForSession(session)),
      (error: unknown) => current && setView({ kind: 'unavailable', problem: toProblem(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, attempt]);

  useEffect(() => api.onSessionLost(() => setView({ kind: 'sign-in', notice: 'expired' })), [api]);

  const context = useMemo(() => ({ api, lang, setLang }), [api, lang]);
  const signedOut = () => setView({ kind: 'sign-in', notice: 'signed-out' });

  return (
    <ConsoleContext value={context}>
      <LangContext value={lang}>
        {view.kind === 'shell' ? (
          <Shell user={view.user} onSignedOut={signedOut} />
        ) : (
          <AuthLayout>
            {view.kind === 'checking' ? (
              <SessionChecking />
            ) : view.kind === 'unavailable' ? (
              <SessionUnavailable problem={view.problem} onRetry={() => setAttempt((n) => n + 1)} />
            ) : view.kind === 'sign-in' ? (
              <SignInStep notice={view.notice} onSession={(session) => setView(viewForSession(session))} />
            ) : view.kind === 'totp' ? (
              <TotpStep onSession={(session) => setView(viewForSession(session))} onCancelled={signedOut} />
            ) : view.kind === 'enrol' ? (
              <EnrolmentStep
                onEnrolled={(session, codes) => setView({ kind: 'recovery-codes', user: session.user, codes })}
                onCancelled={signedOut}
              />
            ) : (
              <RecoveryCodesStep codes={view.codes} onDone={() => setView({ kind: 'shell', user: view.user })} />
            )}
          </AuthLayout>
        )}
      </LangContext>
    </ConsoleContext>
  );
}
