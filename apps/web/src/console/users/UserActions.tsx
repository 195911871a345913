import { useRef, useState } from 'react';
import type { Problem } from '../../api/problem.js';
import type { StaffUser } from '../../api/types.js';
import { revokeUserSessions, updateUser } from '../../api/users.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import type { Said } from '../status-line.js';

interface UserActionsProps {
  readonly user: StaffUser;
  readonly onChanged: (user: StaffUser, message: Said) => void;
}

/** Disable or enable an account, and close all of its sessions (a lost laptop, a departure). */
export function UserActions({ user, onChanged }: UserActionsProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().users;
  const [problem, setProblem] = useState<Problem | null>(null);
  const busy = useRef(false);

  const run = (action: () => Promise<{ user: StaffUser; message: Said }>) => {
    if (busy.current) return;
    busy.current = true;
    setProblem(null);
    action().then(
      (done) => {
        busy.current = false;
        onChanged(done.user, done.message);
      },
      (error: unknown) => {
        busy.current = false;
        setProblem(toProblem(error));
      },
    );
  };

  const toggleDisabled = () =>
    run(async () => {
      const updated = await updateUser(api, user.id, { disabled: !user.disabled });
      const name = updated.displayName;
      return {
        user: updated,
        message: (m) => (updated.disabled ? m.users.disabledDone(name) : m.users.enabledDone(name)),
      };
    });

  const revokeSessions = () =>
    run(async () => {
      await revokeUserSessions(api, user.id);
      return { user, message: (m) => m.users.sessionsRevoked(user.displayName) };
    });

  return (
    <div className="row-actions">
      <button
        type="button"
        className="button-secondary"
        onClick={toggleDisabled}
        aria-label={user.disabled ? t.enableOf(user.displayName) : t.disableOf(user.displayName)}
      >
        {user.disabled ? t.enable : t.disable}
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={revokeSessions}
        aria-label={t.revokeSessionsOf(user.displayName)}
      >
        {t.revokeSessions}
      </button>
      {problem === null ? null : <ProblemAlert problem={problem} />}
    </div>
  );
}
